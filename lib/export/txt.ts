import type { ExportDocument } from "./types";

/** The accepted text, exactly. */
export const toText = (doc: ExportDocument): string => doc.text;
