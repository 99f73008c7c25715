import type { HitField } from "../../search/hits";
import type { SearchMode, SearchScope } from "../../search/query";

import type { RecordFilter } from "../../records/record-filter";

export interface SearchInput {
  q: string;
  mode: SearchMode;
  scope: SearchScope;
  collectionId?: string | null;
  status?: string | null;
  /** Only documents with an annotation of this tag. */
  tag?: string | null;
  /** Only documents with an annotation linked to this entity. */
  entityId?: string | null;
  /** Regular expressions only; the other modes ignore case as the index does. */
  caseSensitive?: boolean;
  /** Only documents whose metadata this keeps (lib/records/record-filter); the date range is on `dateField`. */
  record?: { filter: RecordFilter; dateField: string | null };
  /** Best first (the default), or by the record's date, undated last. */
  sort?: "relevance" | "date";
  /** Count the documents with a hit by these metadata fields' values (an index search's first page). */
  facetFields?: string[];
  cursor?: string | null;
  /** Documents per page. */
  limit?: number;
}

export interface SearchHit {
  /** Stable for the document's revision and the offsets (see lib/search/hits hitId). */
  id: string;
  /** The accepted text ("text") or the raw OCR ("raw"). */
  field: HitField;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
  distance?: number;
}

export interface SearchItem {
  documentId: string;
  title: string;
  sourceRef: string | null;
  status: string;
  collectionName: string;
  /** The revision the text hits were found in. */
  headSeq: number;
  hitCount: number;
  /** The title or source reference matched too. */
  inTitle: boolean;
  /** The first HITS_PER_DOCUMENT hits, in text order. */
  hits: SearchHit[];
}

export interface SearchResult {
  /** Documents the query ran over: all that match the filters, or for a scan cut short, those it reached. */
  documentsSearched: number;
  /** Of those, how many are not yet corrected (raw or in progress), so their OCR may hide matches. */
  uncorrected: number;
  /** Documents with a hit. For a scan cut short, among the documents it reached. */
  total: number;
  /** False when a scan stopped before the end (time budget); nextCursor goes on from there. */
  complete: boolean;
  /** A sentence about how the search ran, when the user should know (a scan, a stopped expression). */
  notice: string | null;
  /** OCR-tolerant mode: the spellings searched for, with their distance from the query. */
  near?: { word: string; distance: number; via?: string[] }[];
  items: SearchItem[];
  nextCursor: string | null;
  /** Of the documents with a hit, how many hold each value of each field asked for (most first); absent for a scan. */
  facets?: Record<string, { value: string; count: number }[]>;
}

export const HITS_PER_DOCUMENT = 100;
export const DEFAULT_PAGE_SIZE = 20;
