import "server-only";
import { strToU8, Zip, ZipDeflate } from "fflate";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { exportFileName, needsBoxes, writeExport, type ExportFormat, type ExportVariant } from "../../export/formats";
import { getExportDocument } from "./get-export-document";

/**
 * A collection as a zip, streamed: one file per document plus index.json. Documents are read,
 * written and compressed one at a time as the client reads, so memory stays flat whatever the
 * collection's size.
 */
export async function exportCollection(input: { collectionId: string; format: ExportFormat; variant: ExportVariant; baseUrl: string }) {
  const db = getDb();
  const collection = await db.collection.findUnique({ where: { id: input.collectionId }, select: { id: true, name: true } });
  if (!collection) throw new AppError("not_found", `No collection with id ${input.collectionId}`);
  const docs = await db.document.findMany({
    where: { collectionId: collection.id, deletedAt: null },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, sourceRef: true, status: true, headSeq: true },
  });
  const names = uniqueNames(docs.map((d) => exportFileName(d, input.format, input.variant)));
  let next = 0;
  let cancelled = false;
  const skipped = new Map<number, string>();
  let zip: Zip;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (cancelled) return;
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    // One written document per pull: the zip is produced as fast as the client takes it, no
    // faster. A pull must enqueue something, or the stream never asks again: documents left
    // out are passed over in the same pull.
    async pull() {
      while (next < docs.length && !cancelled) {
        const i = next++;
        const exported = await getExportDocument({ id: docs[i].id, baseUrl: input.baseUrl, lineImages: input.format === "lines" });
        // The box formats need page images: a plain-text document has no file, and index.json says so.
        if (needsBoxes(input.format) && !exported.pages.some((p) => p.layer)) {
          skipped.set(i, exported.pages.length ? "its pages have no OCR layer" : "no page images: it was imported as text");
          continue;
        }
        const content = writeExport(exported, input.format, input.variant);
        // PAGE of several pages is a zip of one file per page (lib/export/page-xml.ts).
        if (input.format === "page" && typeof content !== "string") names[i] = names[i]!.replace(/\.page\.xml$/, ".page.zip");
        addFile(zip, names[i]!, content);
        return;
      }
      if (cancelled) return;
      const index = {
        collection,
        format: input.format,
        variant: input.variant,
        exportedAt: new Date().toISOString(),
        documents: docs.map((d, i) => (skipped.has(i) ? { ...d, file: null, skipped: skipped.get(i) } : { ...d, file: names[i] })),
      };
      addFile(zip, "index.json", `${JSON.stringify(index, null, 2)}\n`);
      zip.end();
    },
    // The client went away or pressed Cancel: no further document is read or written.
    cancel() {
      cancelled = true;
      zip.terminate();
    },
  });
  return { stream, fileName: `${collection.name.replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || "collection"}.${input.format}${input.variant === "diplomatic" ? ".diplomatic" : ""}.zip`, count: docs.length };
}

function addFile(zip: Zip, name: string, content: string | Uint8Array) {
  const file = new ZipDeflate(name, { level: 6 });
  zip.add(file);
  file.push(typeof content === "string" ? strToU8(content) : content, true);
}

/** Two documents with the same title get "-2", "-3"… before the extension. */
function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n === 1) return name;
    const dot = name.indexOf(".");
    return `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
  });
}
