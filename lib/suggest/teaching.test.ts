import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyModel, lessonOf, type SuggestModel } from "./model";
import { applyTeaching, historyTeachings, sumTeachings, undoTeaching, type HistoryStep } from "./teaching";

const RAW = "The mission was headed by Brysgalov and Genserslov in Tokyo.";

/** A history from texts: each text after the first is a revision; `undoes` marks the undos by seq. */
function history(texts: string[], undoes: Record<number, [number, number]> = {}): HistoryStep[] {
  return texts.slice(1).map((next, i) => {
    const seq = i + 1;
    const range = undoes[seq];
    return { seq, prev: texts[i], next, undoes: range ? { from: range[0], to: range[1] } : null };
  });
}

/** The model a history leaves: every teaching applied in order, as the saves apply them. */
const modelOf = (steps: HistoryStep[]): SuggestModel => {
  let model = emptyModel();
  for (const t of historyTeachings(steps).values()) model = applyTeaching(model, t);
  return model;
};

describe("what undos and reverts teach", () => {
  it("an undone correction is unlearned, and the undo teaches not the reverse fix", () => {
    const fixed = RAW.replace("Brysgalov", "Bryzgalov");
    const model = modelOf(history([RAW, fixed, RAW], { 2: [1, 1] }));
    expect(model).toEqual(emptyModel());
    // Without the marker the same texts teach both directions: what the issue saw.
    const naive = modelOf(history([RAW, fixed, RAW]));
    expect(naive.rewrites.Bryzgalov).toEqual({ Brysgalov: 1 });
    expect(naive.confusions).toMatchObject({ "s→z": 1, "z→s": 1 });
  });

  it("a revert of several revisions takes back each one, and later corrections still teach", () => {
    const a = RAW.replace("Brysgalov", "Bryzgalov");
    const b = a.replace("Genserslov", "Generalov");
    const c = b.replace("Tokyo", "Tokio");
    const steps = history([RAW, a, b, c, a, a.replace("mission", "misson")], { 4: [2, 3] });
    expect(modelOf(steps)).toEqual(applyTeaching(applyTeaching(emptyModel(), { learn: lessonOf(RAW, a), unlearn: emptyModel() }), { learn: lessonOf(a, a.replace("mission", "misson")), unlearn: emptyModel() }));
  });

  it("an undo of an undo teaches the original lesson again", () => {
    const fixed = RAW.replace("Genserslov", "Generalov");
    expect(modelOf(history([RAW, fixed, RAW, fixed], { 2: [1, 1], 3: [2, 2] }))).toEqual(lessonOf(RAW, fixed));
  });

  it("revisions outside the history taught nothing", () => {
    expect(undoTeaching({ from: 5, to: 9 }, new Map())).toEqual({ learn: emptyModel(), unlearn: emptyModel() });
  });

  it("undoing the last k revisions of any history leaves the model it had before them", () => {
    const words = fc.constantFrom("Brysgalov", "Bryzgalov", "Genserslov", "Generalov", "Tokyo", "Tokio", "mission", "misson");
    const text = fc.array(words, { minLength: 3, maxLength: 8 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 6 }), fc.nat(), (texts, k) => {
        const n = texts.length - 1;
        const back = (k % n) + 1;
        const kept = n - back;
        // A revert to revision `kept` restores its text and takes back kept+1..n.
        const steps = history([...texts, texts[kept]], { [n + 1]: [kept + 1, n] });
        const before = modelOf(history(texts.slice(0, kept + 1)));
        expect(modelOf(steps)).toEqual(before);
        // Summed at once (the rebuild) or applied step by step (the saves): the same model.
        expect(applyTeaching(emptyModel(), sumTeachings(historyTeachings(steps).values()))).toEqual(before);
      }),
    );
  });
});
