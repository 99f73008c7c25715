import { NextResponse } from "next/server";
import { exportMetadataCsv } from "@/lib/data/records/export-metadata-csv";
import { importMetadataCsv } from "@/lib/data/records/import-metadata-csv";
import { getCollection } from "@/lib/data/collections/get-collection";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/server/http/api-route";

/** The collection's metadata as CSV: a row per document, a column per field. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => {
  const collection = await getCollection({ id });
  const name = collection.name.replace(/[^A-Za-z0-9 _-]+/g, "").trim().replace(/\s+/g, "-") || "collection";
  return new NextResponse(await exportMetadataCsv({ collectionId: id }), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}-metadata.csv"` },
  });
});

/**
 * Checks a CSV of metadata (the body, text/csv) row by row: `{ rows, changed, applied, errors:
 * [{ line, field?, message }] }`. With `?apply=1`, a file without a problem is applied whole, and
 * one with any is refused whole (422).
 */
export const POST = apiRoute<{ id: string }>({ permission: "document.edit", what: "edit documents" }, async (request, { id }, user) => {
  await getCollection({ id });
  const text = await request.text();
  if (text.length > 20_000_000) throw new AppError("too_large", "A metadata CSV is at most 20 MB");
  const apply = new URL(request.url).searchParams.get("apply") === "1";
  return NextResponse.json(await importMetadataCsv({ collectionId: id, text, actorId: user.id, apply }));
});
