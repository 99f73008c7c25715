import "server-only";
import { CONFUSION_ARROW, emptyModel, type SuggestModel } from "../../suggest/model";

/** One stored count of the model (a SuggestionCount row). */
export interface CountRow {
  kind: "rewrite" | "confusion" | "word";
  key: string;
  value: string;
  count: number;
}

/** A model (or a lesson) as rows: rewrites key → value, confusions split at the arrow, words with no value. */
export function toCountRows(model: SuggestModel): CountRow[] {
  const rows: CountRow[] = [];
  for (const [key, tos] of Object.entries(model.rewrites)) for (const [value, count] of Object.entries(tos)) rows.push({ kind: "rewrite", key, value, count });
  for (const [pair, count] of Object.entries(model.confusions)) {
    const [key, value] = pair.split(CONFUSION_ARROW);
    rows.push({ kind: "confusion", key, value, count });
  }
  for (const [key, count] of Object.entries(model.words)) rows.push({ kind: "word", key, value: "", count });
  return rows;
}

/** The model the rows hold. */
export function fromCountRows(rows: readonly { kind: string; key: string; value: string; count: number | bigint }[]): SuggestModel {
  const model = emptyModel();
  for (const r of rows) {
    const count = Number(r.count);
    if (count <= 0) continue;
    if (r.kind === "word") model.words[r.key] = count;
    else if (r.kind === "confusion") model.confusions[r.key + CONFUSION_ARROW + r.value] = count;
    else if (r.kind === "rewrite") {
      if (!Object.hasOwn(model.rewrites, r.key)) model.rewrites[r.key] = Object.create(null) as Record<string, number>;
      model.rewrites[r.key][r.value] = count;
    }
  }
  return model;
}
