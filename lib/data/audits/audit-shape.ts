/** The remaining character error rate with its 95 % interval; all three null until a line is checked (the API's shape stays one object). */
export type RemainingCer = { estimate: number; low: number; high: number } | { estimate: null; low: null; high: null };

export const NOT_ESTIMATED: RemainingCer = { estimate: null, low: null, high: null };

/** An audit as GET /api/audits/:id and its page show it. */
export interface AuditView {
  id: string;
  collectionId: string;
  collectionName: string;
  startedBy: string;
  createdAt: string;
  sampleSize: number;
  checked: number;
  /** Character errors found in the lines checked, and those lines' characters. */
  errors: number;
  characters: number;
  remainingCer: RemainingCer;
  /** The same per corrector (whose text the lines are), most errors per character first. */
  byCorrector: { name: string; lines: number; errors: number; characters: number; remainingCer: RemainingCer }[];
}

/** A drawn line as the audit page shows it. */
export interface AuditLineView {
  id: string;
  position: number;
  documentId: string;
  title: string;
  lineIndex: number;
  text: string;
  pageId: string | null;
  box: [number, number, number, number] | null;
  checked: boolean;
  corrected: string | null;
  errors: number | null;
  fixSeq: number | null;
}
