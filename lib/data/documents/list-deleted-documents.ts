import "server-only";
import { getDb } from "../../server/db";
import { RESTORE_WINDOW_MS } from "./restore-window";

/** Documents deleted within the restore window, newest deletion first, with who deleted them and until when they can return. */
export async function listDeletedDocuments({ now = new Date() }: { now?: Date } = {}) {
  const rows = await getDb().document.findMany({
    where: { deletedAt: { gte: new Date(now.getTime() - RESTORE_WINDOW_MS) } },
    orderBy: { deletedAt: "desc" },
    select: { id: true, title: true, sourceRef: true, deletedAt: true, deletedBy: { select: { displayName: true } }, collection: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    sourceRef: r.sourceRef,
    collection: r.collection.name,
    deletedAt: r.deletedAt!.toISOString(),
    deletedBy: r.deletedBy?.displayName ?? null,
    restorableUntil: new Date(r.deletedAt!.getTime() + RESTORE_WINDOW_MS).toISOString(),
  }));
}
