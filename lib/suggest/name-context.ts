// Where a surname stands: after a title or a particle, or after a given name's initial.
import type { Token } from "./tokens";

/** Titles and particles a surname follows. */
const TITLE = /^(Mr|Mrs|Ms|Dr|Prof|Gen|Col|Maj|Capt|Lt|Sgt|Adm|Amb|Sen|Rep|Gov|Rev|Fr|Msgr|St)\.$|^(King|Queen|Prince|Princess|Emperor|Sheikh|Shaikh|bin|ibn|von|van|del|al|el|Ambassador|Minister|Secretary|General|Admiral|Colonel|Senator|Governor|President|Premier|Chancellor|Marshal)$/u;

/** Whether token i follows a title or an initial ("Adm. Baxter", "John M. Fulton", "Sheikh Rashid"): a surname's place. */
export function afterTitle(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.text ?? "";
  return TITLE.test(before) || (/^\p{Lu}\.$/u.test(before) && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? ""));
}
