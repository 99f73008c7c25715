import type { Diff } from "../revisions/types";
import { emptyModel, lessonOf, mergeModels, type SuggestModel } from "./model";

/** The revisions (seqs, inclusive) whose teaching an undo or a revert takes back. */
export interface UndoneRange {
  from: number;
  to: number;
}

/**
 * What one revision taught its collection, signed: a correction learns its lesson; an undo or a
 * revert learns nothing of its own and unlearns what the revisions it undid taught. Kept as two
 * models because a model's counts are never negative.
 */
export interface Teaching {
  learn: SuggestModel;
  unlearn: SuggestModel;
}

export interface HistoryStep {
  seq: number;
  /** The text before and after this revision. */
  prev: string;
  next: string;
  diffs?: readonly Diff[];
  /** Set on an undo or a revert: the revisions it takes back. */
  undoes: UndoneRange | null;
}

export const nothingTaught = (): Teaching => ({ learn: emptyModel(), unlearn: emptyModel() });

/** Several teachings as one (their learns and unlearns added up). */
export function sumTeachings(teachings: Iterable<Teaching>): Teaching {
  let sum = nothingTaught();
  for (const t of teachings) sum = { learn: mergeModels(sum.learn, t.learn), unlearn: mergeModels(sum.unlearn, t.unlearn) };
  return sum;
}

/**
 * What an undo of `range` teaches: the opposite of what those revisions taught, so that an undo
 * of an undo teaches the original lesson again. Revisions missing from `taught` taught nothing.
 */
export function undoTeaching(range: UndoneRange, taught: ReadonlyMap<number, Teaching>): Teaching {
  const undone: Teaching[] = [];
  for (let seq = range.from; seq <= range.to; seq++) {
    const t = taught.get(seq);
    if (t) undone.push(t);
  }
  const sum = sumTeachings(undone);
  return { learn: sum.unlearn, unlearn: sum.learn };
}

/** What every revision of a history taught, by seq, in one pass (each undo sees the revisions before it). */
export function historyTeachings(steps: Iterable<HistoryStep>): Map<number, Teaching> {
  const taught = new Map<number, Teaching>();
  for (const step of steps) {
    taught.set(step.seq, step.undoes ? undoTeaching(step.undoes, taught) : { learn: lessonOf(step.prev, step.next, step.diffs), unlearn: emptyModel() });
  }
  return taught;
}

/** A model with a teaching applied: what it learns added, then what it unlearns taken away. */
export const applyTeaching = (model: SuggestModel, t: Teaching): SuggestModel => mergeModels(mergeModels(model, t.learn), t.unlearn, -1);
