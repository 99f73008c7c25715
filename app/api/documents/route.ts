import { NextResponse } from "next/server";
import { importFiles, importPastedText } from "@/lib/data/imports/import-documents";
import { listDocuments } from "@/lib/data/documents/list-documents";
import { parametersOf } from "@/lib/records/record-filter";
import { maxUploadBytes } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { formatBytes } from "@/lib/server/http/body-limit";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { createDocumentSchema, encodingSchema, listDocumentsSchema } from "@/lib/validation/api";

export const GET = apiRoute({ permission: "read" }, async (request) => {
  const search = new URL(request.url).searchParams;
  const query = listDocumentsSchema.parse(Object.fromEntries(search));
  // Any other parameter is a metadata filter (a schema field, dateFrom, dateTo), refused by name when unknown.
  return NextResponse.json(await listDocuments({ ...query, filters: parametersOf(search), facets: true }));
});

export const POST = apiRoute({ permission: "document.import", what: "import documents" }, async (request, _params, user) => {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    // The front server refuses larger uploads before reading them; this covers any other server.
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > maxUploadBytes()) throw new AppError("too_large", `The upload is ${formatBytes(length)}; the limit is ${formatBytes(maxUploadBytes())} (WORKBENCH_MAX_UPLOAD_BYTES)`);
    const form = await request.formData().catch(() => {
      throw new AppError("bad_request", "The multipart body could not be read");
    });
    const files = form.getAll("file").filter((f): f is File => typeof f !== "string");
    if (files.length === 0) throw new AppError("bad_request", "Send one or more parts named \"file\"");
    const encoding = encodingSchema.parse(form.get("encoding") ?? new URL(request.url).searchParams.get("encoding") ?? undefined);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" && value ? value : undefined;
    };
    const result = await importFiles(
      await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()), encoding }))),
      {
        authorId: user.id,
        collectionId: text("collectionId") ?? null,
        title: text("title"),
        split: text("documents") === "each",
        language: text("language"),
        pairs: parsePairs(form.getAll("pair")),
      },
    );
    // Pages without a layer are read in the background: 202 with the jobs to follow.
    const status = result.items.length > 0 ? 201 : result.jobs.length > 0 ? 202 : (result.errors[0]?.status ?? 422);
    return NextResponse.json(
      { items: result.items, errors: result.errors.map(({ status: _status, ...error }) => error), jobs: result.jobs },
      { status },
    );
  }
  const body = createDocumentSchema.parse(await readJson(request));
  const doc = await importPastedText({ ...body, authorId: user.id });
  return NextResponse.json(doc, { status: 201 });
});

/** `pair` fields "layer.xml=image.png" tie a layer to its image when their names say nothing. */
function parsePairs(values: FormDataEntryValue[]): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const v of values) {
    if (typeof v !== "string") continue;
    const at = v.indexOf("=");
    if (at <= 0) throw new AppError("bad_request", `A pair field is "layer-file=image-file"; got "${v.slice(0, 80)}"`);
    pairs.set(v.slice(0, at), v.slice(at + 1));
  }
  return pairs;
}
