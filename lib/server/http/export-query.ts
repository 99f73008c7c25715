import "server-only";
import { FORMAT_NAMES, isExportFormat, type ExportFormat, type ExportVariant } from "../../export/formats";
import { AppError } from "../../errors";

/** `?format=…&variant=diplomatic&download=0` of an export request; an unknown format is a 422 listing the known ones. */
export function readExportQuery(request: Request): { format: ExportFormat; variant: ExportVariant; inline: boolean; baseUrl: string } {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "";
  if (!isExportFormat(format)) {
    throw new AppError("invalid", `Unknown format "${format}": use one of ${FORMAT_NAMES.join(", ")}`, { reason: "unknown_format", formats: FORMAT_NAMES });
  }
  const variant = url.searchParams.get("variant") ?? "edition";
  if (variant !== "edition" && variant !== "diplomatic") throw new AppError("invalid", `Unknown variant "${variant}": use edition or diplomatic`);
  // The same origin the annotations API puts in its URLs (lib/server/http/annotation-urls.ts).
  return { format, variant, inline: url.searchParams.get("download") === "0", baseUrl: url.origin };
}

/** Content-Disposition with an ASCII file name and its UTF-8 form (RFC 6266). */
export function contentDisposition(fileName: string, inline = false): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
