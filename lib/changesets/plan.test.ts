import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMatches } from "../find/find-matches";
import { applyEdits, plannedEdit, recheckEdits, undoText, type Edit } from "./plan";

const words = fc.array(fc.constantFrom("Genserslov", "met", "the", "Otroshchenko", "in", "Tokyo", "Generalov", "and", "(1954)"), { minLength: 1, maxLength: 60 });
const text = words.map((w) => w.join(" "));

/** Every "Genserslov" planned as a replacement by "Generalov", as a changeset over one document would. */
function plan(t: string): Edit[] {
  const r = findMatches(t, "Genserslov", { caseSensitive: true, wholeWord: true, regex: false });
  return r.ok ? r.matches.map((m, i) => plannedEdit(`h${i}`, t, m, "Generalov", false)) : [];
}

describe("changeset planning", () => {
  it("applying and then undoing restores every text exactly when nothing else changed", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), fc.array(fc.boolean(), { maxLength: 60 }), (texts, keep) => {
        for (const before of texts) {
          const edits = plan(before).filter((_, i) => keep[i] ?? true);
          const after = applyEdits(before, edits);
          const undone = undoText(before, after, after);
          expect(undone).toEqual({ ok: true, value: before });
        }
      }),
    );
  });

  it("undo keeps a later change elsewhere in the text", () => {
    fc.assert(
      fc.property(text, (before) => {
        const t = `${before} ending`;
        const after = applyEdits(t, plan(t));
        const later = after.replace(/ending$/, "end.");
        const undone = undoText(t, after, later);
        expect(undone).toEqual({ ok: true, value: t.replace(/ending$/, "end.") });
      }),
    );
  });

  it("a hit is re-checked against a moved head: applied where its text went, skipped where it changed", () => {
    const preview = "Genserslov met Genserslov.";
    const edits = plan(preview);
    const now = "Earlier: Genserslov met Gensrslov.";
    const checks = recheckEdits(preview, now, edits);
    expect(checks[0]).toEqual({ ok: true, edit: { ...edits[0], start: 9, end: 19 } });
    expect(checks[1]).toEqual({ ok: false, reason: "the text here changed since the preview (now “Gensrslov”)" });
    expect(applyEdits(now, [checks[0].ok ? checks[0].edit : edits[0]])).toBe("Earlier: Generalov met Gensrslov.");
    expect(recheckEdits(preview, "Nothing left.", edits).every((c) => !c.ok)).toBe(true);
  });

  it("regular expression replacements expand their groups; applying refuses edits that do not fit", () => {
    const t = "Colonel Andrey Otroshchenko";
    const r = findMatches(t, "Colonel (\\w+) (\\w+)", { caseSensitive: true, wholeWord: false, regex: true });
    if (!r.ok) throw new Error(r.error);
    const edit = plannedEdit("x", t, r.matches[0], "$2, $1", true);
    expect(applyEdits(t, [edit])).toBe("Otroshchenko, Andrey");
    expect(() => applyEdits("Colonel Ivan Petrov", [edit])).toThrow(/expects/);
  });
});
