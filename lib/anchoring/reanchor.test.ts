import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasLoneSurrogate } from "../revisions/surrogates";
import { makeRevision } from "../revisions/make-revision";
import { quoteAt } from "./quote";
import { reanchor } from "./reanchor";
import type { Anchor } from "./types";

/** An anchor on the first occurrence of `word` (or the nth). */
function anchorOn(text: string, word: string, nth = 0): Anchor {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
  if (at < 0) throw new Error(`${word} not in text`);
  return quoteAt(text, at, at + word.length);
}

/** Re-anchors through the diff that a save of `next` would compute. */
const through = (anchor: Anchor, prev: string, next: string) => reanchor(anchor, makeRevision(prev, next).diffs, next);

const REPORT =
  "3. There were two or three meetings between Otroshchenko, Genserslov, and the Japanese. " +
  "Anatoliy F. Fedorovich Kotelnikov, a member of the Soviet Mission, was in charge.";

describe("reanchor", () => {
  it("shifts exactly after an insertion before the span", () => {
    const a = anchorOn(REPORT, "Kotelnikov");
    const next = "SECRET. " + REPORT;
    const r = through(a, REPORT, next);
    expect(r).toMatchObject({ status: "anchored", start: a.start + 8, end: a.end + 8, exact: "Kotelnikov" });
  });

  it("covers the corrected word after a correction inside the span", () => {
    const a = anchorOn(REPORT, "Genserslov");
    const next = REPORT.replace("Genserslov", "Generalov");
    const r = through(a, REPORT, next);
    expect(r.status).not.toBe("orphaned");
    expect(next.slice(r.start, r.end)).toBe("Generalov");
    expect(r.exact).toBe("Generalov");
  });

  it("does not grow when text is inserted exactly at its start or end", () => {
    const a = anchorOn(REPORT, "Kotelnikov");
    const atStart = REPORT.slice(0, a.start) + "Mr. " + REPORT.slice(a.start);
    expect(through(a, REPORT, atStart).exact).toBe("Kotelnikov");
    const atEnd = REPORT.slice(0, a.end) + " (sic)" + REPORT.slice(a.end);
    expect(through(a, REPORT, atEnd).exact).toBe("Kotelnikov");
  });

  it("orphans a deleted span even though its quote exists elsewhere", () => {
    const text = "Genserslov met Molotov. Later Genserslov left Tokyo.";
    const a = anchorOn(text, "Genserslov", 1);
    const next = "Genserslov met Molotov. Later  left Tokyo.";
    const r = through(a, text, next);
    expect(r.status).toBe("orphaned");
    expect(r.exact).toBe("Genserslov");
  });

  it("orphans a span whose paragraph was rewritten", () => {
    const text = "Intro line.\nAnatoliy F. Fedorovich Kotelnikov was in charge of the meetings.\nOutro line.";
    const a = anchorOn(text, "Anatoliy F. Fedorovich Kotelnikov");
    const next = "Intro line.\nThe arrangements were handled by an unnamed clerk of the embassy.\nOutro line.";
    expect(through(a, text, next).status).toBe("orphaned");
  });

  it("never leaves a lone surrogate: x🅱y → x🅰y", () => {
    const a = quoteAt("x🅱y", 1, 3);
    const r = through(a, "x🅱y", "x🅰y");
    expect(r).toMatchObject({ start: 1, end: 3, exact: "🅰" });
    expect(hasLoneSurrogate(r.exact)).toBe(false);
  });

  it("keeps to the right occurrence of a repeated quote whose suffix differs", () => {
    const text = "Generalov said no. Generalov wrote yes.";
    const a = anchorOn(text, "Generalov", 1);
    const next = "Generalov said no. Then Generalov wrote yes.";
    const r = through(a, text, next);
    expect(r).toMatchObject({ status: "anchored", start: next.lastIndexOf("Generalov"), suffix: " wrote yes." });
  });

  it("follows a hyphenation join (ri-\\nver → river)", () => {
    const text = "They crossed the ri-\nver at dawn.";
    const a = anchorOn(text, "ri-\nver");
    const next = "They crossed the river at dawn.";
    const r = through(a, text, next);
    expect(r.status).not.toBe("orphaned");
    expect(r.exact).toBe("river");
  });

  it("relies on mapping alone for one- and two-character spans", () => {
    const text = "A. B. Smith and A. C. Jones";
    const a = anchorOn(text, "B.");
    const next = "A. Smith and A. C. Jones";
    expect(through(a, text, next).status).toBe("orphaned");
    const one = quoteAt(text, 0, 1);
    expect(through(one, text, "X" + text.slice(1))).toMatchObject({ status: "anchored", exact: "X" });
    // The same letter elsewhere is never searched for.
    expect(through(one, text, text.slice(1)).status).toBe("orphaned");
  });

  it("finds a quote nearby when a larger rewrite moved it (fuzzy)", () => {
    const text = "Name: Kuzma N. Nikolayevich Derevyanko, Lt. General, political advisor.";
    const a = anchorOn(text, "Kuzma N. Nikolayevich Derevyanko");
    const next = "Name: Kuzma N. [Nikolayevich] Derevyanko, Lt. General, political advisor.";
    const r = through(a, text, next);
    expect(r.status).not.toBe("orphaned");
    expect(r.exact).toBe("Kuzma N. [Nikolayevich] Derevyanko");
  });

  it("mapping through 100 revisions one by one equals mapping once from the base to the head", () => {
    const base = Array.from({ length: 60 }, (_, i) => `Line ${i}: report on Generalov and Molotov.`).join("\n");
    const a = anchorOn(base, "Generalov and Molotov", 30);
    let text = base;
    let stepwise: Anchor = a;
    for (let i = 0; i < 100; i++) {
      const line = (i * 7) % 60;
      const lines = text.split("\n");
      lines[line] = i % 2 ? lines[line].replace("report", `rep${i}ort`) : `${lines[line]} [${i}]`;
      const next = lines.join("\n");
      stepwise = through(stepwise, text, next);
      text = next;
    }
    const once = through(a, base, text);
    expect(stepwise).toMatchObject({ start: once.start, end: once.end, exact: once.exact });
    expect(once.exact).toBe("Generalov and Molotov");
  });
});

describe("reanchor never jumps to another occurrence", () => {
  const replaceFirst = (text: string, word: string, by: string) => text.replace(word, by);

  it("orphans the first Pavlychev when it becomes He, though the second is 22 characters on", () => {
    const text = "Pavlychev met Rozanov. Later Pavlychev left.";
    const a = anchorOn(text, "Pavlychev");
    expect(through(a, text, replaceFirst(text, "Pavlychev", "He")).status).toBe("orphaned");
  });

  it("orphans the second when the duplicate lies before the span", () => {
    const text = "Pavlychev met Rozanov. Later Pavlychev left.";
    const a = anchorOn(text, "Pavlychev", 1);
    const next = "Pavlychev met Rozanov. Later he left.";
    expect(through(a, text, next).status).toBe("orphaned");
  });

  it.each([
    ["right after", "Pavlychev Pavlychev met Rozanov."],
    ["4 characters on", "Pavlychev and Pavlychev met Rozanov."],
    ["30 characters on, inside the ±32 window", "Pavlychev met the two of them; Pavlychev met Rozanov."],
  ])("orphans the span when the duplicate is %s", (_where, text) => {
    const a = anchorOn(text, "Pavlychev");
    const next = replaceFirst(text, "Pavlychev", "He");
    expect(through(a, text, next).status).toBe("orphaned");
  });

  it("orphans it in a 1 MB document too", () => {
    const filler = "Report on the Soviet Mission in Tokyo, paragraph after paragraph. ".repeat(16_000);
    const text = `${filler}Pavlychev met Rozanov. Later Pavlychev left. ${filler}`;
    const a = anchorOn(text, "Pavlychev");
    const next = replaceFirst(text, "Pavlychev met", "He met");
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(through(a, text, next).status).toBe("orphaned");
  });

  it("still finds its own text when it was rewritten in place next to a duplicate", () => {
    const text = "Pavlychev met Rozanov. Later Pavlychev left.";
    const a = anchorOn(text, "Pavlychev");
    const r = through(a, text, replaceFirst(text, "Pavlychev", "Pavlichev"));
    expect(r.status).not.toBe("orphaned");
    expect(r).toMatchObject({ start: 0, exact: "Pavlichev" });
  });

  it("keeps the fuzzy match of text inserted by the revision (the bracketed patronymic)", () => {
    const text = "Name: Kuzma N. Nikolayevich Derevyanko, Lt. General. Kuzma N. Nikolayevich Derevyanko again.";
    const a = anchorOn(text, "Kuzma N. Nikolayevich Derevyanko");
    const r = through(a, text, text.replace("Kuzma N. Nikolayevich Derevyanko,", "Kuzma N. [Nikolayevich] Derevyanko,"));
    expect(r).toMatchObject({ start: 6, exact: "Kuzma N. [Nikolayevich] Derevyanko" });
  });
});

describe("reanchor properties", () => {
  const CHARS = ["a", "b", " ", "\n", "é", "\u0301", "😀", "🅰"];
  it("after any random edit sequence, every anchored span's text equals its exact", () => {
    // Runs that end in an orphan have nothing left to check; count them so that the property
    // cannot pass by orphaning everything.
    let runs = 0;
    let orphaned = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CHARS), { minLength: 10, maxLength: 60 }).map((a) => a.join("")),
        fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 4 }), insert: fc.array(fc.constantFrom(...CHARS), { maxLength: 4 }) }), {
          maxLength: 30,
        }),
        fc.nat(),
        fc.nat({ max: 12 }),
        (start, edits, pos, len) => {
          const points = [...start];
          const s = pos % points.length;
          const from = points.slice(0, s).join("").length;
          const to = from + points.slice(s, s + 1 + len).join("").length;
          let anchor: Anchor = quoteAt(start, from, to);
          let text = start;
          let alive = true;
          runs++;
          for (const e of edits) {
            const p = [...text];
            p.splice(e.at % (p.length + 1), e.remove, ...e.insert);
            const next = p.join("");
            const r = through(anchor, text, next);
            text = next;
            if (r.status === "orphaned") {
              alive = false;
              orphaned++;
              break;
            }
            if (text.slice(r.start, r.end) !== r.exact || hasLoneSurrogate(r.exact)) return false;
            if (r.prefix !== text.slice(r.start - r.prefix.length, r.start) || r.suffix !== text.slice(r.end, r.end + r.suffix.length)) return false;
            anchor = r;
          }
          return alive ? text.slice(anchor.start, anchor.end) === anchor.exact : true;
        },
      ),
      { numRuns: 500 },
    );
    // Up to 30 random edits of up to 4 characters on a 10–60 character text delete many spans
    // outright; measured: about a fifth of runs (0.19) end orphaned. Twice that would mean
    // spans lost that mapping should have kept.
    expect(orphaned / runs).toBeLessThan(0.4);
  });
});
