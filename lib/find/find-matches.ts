export interface FindOptions {
  caseSensitive: boolean;
  wholeWord: boolean;
  regex: boolean;
}

export interface FindMatch {
  start: number;
  end: number;
  /** The capture groups, for "$1" in a replacement (regular expressions only). */
  groups?: (string | undefined)[];
  named?: Record<string, string | undefined>;
}

export type FindResult = { ok: true; matches: FindMatch[]; capped: boolean } | { ok: false; error: string };

/**
 * Every match of a query in a text, as UTF-16 offsets. A literal query is escaped; a regular
 * expression is compiled with the "u" flag, so "." is a whole character. Whole word means no
 * letter, digit or underscore on either side. Empty matches are skipped. At most `limit`.
 *
 * Self-contained on purpose (no imports, no outside helpers): the editor runs it in a worker
 * built from its source, so that a runaway expression can be stopped without freezing the tab.
 */
export function findMatches(text: string, query: string, options: FindOptions, limit = 10_000): FindResult {
  if (!query) return { ok: true, matches: [], capped: false };
  // Not "-": it is special only inside a class, and "\-" outside one is a syntax error with "u".
  const source = options.regex ? query : query.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const bounded = options.wholeWord ? `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])` : source;
  let pattern: RegExp;
  try {
    pattern = new RegExp(bounded, `g${options.caseSensitive ? "" : "i"}u`);
  } catch (e) {
    return { ok: false, error: `Not a valid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, "")}` };
  }
  const matches: FindMatch[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      // An empty match finds nothing to show; step over it (a whole code point) and go on.
      const code = text.charCodeAt(pattern.lastIndex);
      pattern.lastIndex += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      continue;
    }
    matches.push({ start: m.index, end: m.index + m[0].length, ...(options.regex ? { groups: m.slice(1), named: m.groups } : {}) });
    if (matches.length >= limit) return { ok: true, matches, capped: true };
  }
  return { ok: true, matches, capped: false };
}

/**
 * The replacement for one match, with "$&", "$1"…"$99", "$<name>" and "$$" expanded as
 * String.prototype.replace does (regular expressions only; a literal replacement is taken as is).
 */
export function expandReplacement(template: string, matched: string, match: FindMatch, regex: boolean): string {
  if (!regex) return template;
  return template.replace(/\$(\$|&|<([^>]*)>|(\d{1,2}))/g, (whole, what: string, name: string | undefined, digits: string | undefined) => {
    if (what === "$") return "$";
    if (what === "&") return matched;
    if (name !== undefined) return match.named?.[name] ?? "";
    const n = Number(digits);
    if (n >= 1 && n <= (match.groups?.length ?? 0)) return match.groups?.[n - 1] ?? "";
    return whole;
  });
}
