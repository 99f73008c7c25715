import { describeExtent } from "../records/redaction";
import type { ExportAnnotation } from "./types";

/** "(b)(1); 25X1, 2 names, found on import": what a reader of an edition is told about a redaction. */
export function redactionSummary(a: ExportAnnotation): string | null {
  if (a.tag !== "redaction") return null;
  const parts = [a.exemptions?.length ? a.exemptions.join("; ") : "no exemption cited", a.extent && a.extent.unit !== "unknown" ? describeExtent(a.extent) : null, a.source === "import" ? "found on import" : null];
  return parts.filter(Boolean).join(", ");
}
