/** The fields of a document that the search index holds, each in its own rows. */
export type IndexedField = "text" | "raw" | "meta";
export const INDEXED_FIELDS: readonly IndexedField[] = ["text", "raw", "meta"];

/** A row of the index: the whole field in the word index, or one chunk of lines in the trigram index. */
export type RowKind = "words" | "chunk";

export interface IndexedDocument {
  headText: string;
  rawText: string;
  title: string;
  sourceRef: string | null;
}

/** What each field indexes: the title and source reference are searched together. */
export function fieldValue(doc: IndexedDocument, field: IndexedField): string {
  if (field === "text") return doc.headText;
  if (field === "raw") return doc.rawText;
  return doc.sourceRef ? `${doc.title}\n${doc.sourceRef}` : doc.title;
}

/** A row the index should hold for a document. */
export interface WantedRow {
  field: IndexedField;
  kind: RowKind;
  hash: string;
  /** The chunk's text; a words row reads its field from "Document" itself (see below). */
  body: string | null;
}
