// A spelling the entity registry records as a variant of a name is that name misread.
import { editDistance } from "../align-tokens";
import type { EntityNames } from "../evidence";
import { flag } from "../suggestion";
import type { Rule } from "./rule";

function variantsOf(entities: readonly EntityNames[]) {
  const map = new Map<string, { name: string; word: string }>();
  for (const e of entities) {
    const words = e.name.split(/\s+/u).filter(Boolean);
    for (const v of e.variants) {
      if (words.includes(v) || /\s/u.test(v)) continue;
      // The word of the name the variant stands for: the nearest one (of "Kuzma Derevyanko", "Derevyenko" is the surname).
      const word = words.reduce((best, w) => (editDistance(v, w) < editDistance(v, best) ? w : best), words[0] ?? v);
      if (word !== v) map.set(v, { name: e.name, word });
    }
  }
  return map;
}

export const entityVariants: Rule = {
  name: "entity-variants",
  title: "Recorded variants of names",
  reasons: ["entity"],
  evidence: "the entity registry: a variant spelling recorded for a person, place or organisation",
  constants: {},
  start: (scan) => {
    const variants = variantsOf(scan.entities);
    return (i) => {
      const core = scan.cores[i];
      const hit = core && variants.get(core.text);
      return hit ? flag(core, "entity", [{ text: hit.word, score: 0.95, evidence: `"${core.text}" is a recorded variant of ${hit.name}` }]) : null;
    };
  },
};
