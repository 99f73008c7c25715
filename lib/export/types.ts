import type { AnnotationRecord } from "../annotations/web-annotation";
import type { StoredLayer } from "../layers/types";
import type { MetadataField, MetadataValues } from "../records/metadata-schema";

// What an export is made from: plain values gathered by lib/data/export, so that every format
// here is a pure function of them. Offsets are UTF-16 code units; ranges are half-open.

export interface Person {
  username: string;
  displayName: string;
}

export interface ExportRevision {
  seq: number;
  parentSeq: number | null;
  author: Person | null;
  message: string;
  createdAt: string;
  patch: string | null;
  patchFormat: string;
  sha256: string;
  /** Who accepted the change into the text: the reviewer of the proposal it came from, or whoever committed it directly. */
  approvedBy: Person | null;
  approvedAt: string;
  proposalId: string | null;
}

export interface ExportEntity {
  id: string;
  type: string;
  name: string;
  variants: string[];
  externalId: string | null;
  notes: string;
}

/** An annotation as the W3C serialisation has it: offsets on the accepted text, in UTF-16 units and code points. */
export type ExportAnnotation = AnnotationRecord;

export interface ExportDocument {
  id: string;
  title: string;
  sourceRef: string | null;
  collection: { id: string; name: string; licence: string | null };
  status: string;
  headSeq: number;
  rawText: string;
  /** The accepted text (the head). */
  text: string;
  rawSha256: string;
  metadata: unknown;
  /** The record's metadata: its collection's schema, and the values the document holds. */
  record: { fields: MetadataField[]; values: MetadataValues };
  revisions: ExportRevision[];
  /** The text of every revision, by seq (index 0 is the raw OCR), for provenance. */
  revisionTexts: string[];
  annotations: ExportAnnotation[];
  entities: ExportEntity[];
  exportedAt: string;
  /** Absolute URLs for the W3C annotations. */
  baseUrl: string;
  /** The page images with their raw layers (none for a plain-text document). */
  pages: ExportPage[];
  /** PNG crops of each page's raw lines, by page then line, when the export needs them (format=lines). */
  lineImages?: Uint8Array[][];
}

/** A page image and its OCR layer, anchored to the raw text; writers map it to the text they write. */
export interface ExportPage {
  index: number;
  width: number;
  height: number;
  imageName: string;
  /** The page's IIIF Image API base URL (absolute). */
  iiif: string;
  layer: StoredLayer | null;
}

/** A word-level difference between the raw OCR and the accepted text, with its provenance. */
export interface Correction {
  /** Where it sits in the accepted text (start = end for a deletion). */
  start: number;
  end: number;
  /** Where it sits in the raw OCR (rawStart = rawEnd for an insertion). */
  rawStart: number;
  rawEnd: number;
  /** The raw OCR's reading. */
  sic: string;
  /** The accepted reading. */
  corr: string;
  /** The revision that made the change, and who accepted it. */
  seq: number;
  approvedBy: Person | null;
  approvedAt: string | null;
}
