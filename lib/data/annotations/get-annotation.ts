import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { headOf } from "./annotation-checks";
import { ANNOTATION_SELECT } from "./annotation-shape";
import { withCodePoints } from "./with-code-points";

/** One annotation as listAnnotations gives it, without reading the document's others. */
export async function getAnnotation({ id }: { id: string }) {
  const db = getDb();
  const row = await db.annotation.findUnique({ where: { id }, select: ANNOTATION_SELECT });
  if (!row) throw new AppError("not_found", `No annotation with id ${id}`);
  const [record] = await withCodePoints(db, row.documentId, await headOf(db, row.documentId), [row]);
  return { ...record, documentId: row.documentId };
}
