// What an import takes and reports, shared by the text and the page importers.

export interface ImportTarget {
  /** Who imports; null for the command line run by the machine's owner. */
  authorId: string | null;
  collectionId?: string | null;
}

export interface ImportFileError {
  file: string;
  code: string;
  status: number;
  message: string;
  /** For a file that is not UTF-8: the encoding it reads as, to import it converted. */
  suggestedEncoding?: string;
}
