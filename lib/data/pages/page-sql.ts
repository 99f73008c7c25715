import "server-only";
import { preparedRead } from "../../server/db/prepared-read";

// Hand-written reads that every request of its kind makes, prepared once (lib/server/db/prepared-read):
// Prisma's query interpreter costs per row and per byte, several times the statement on these.

export const pageSizes = preparedRead<{ id: string; index: number | bigint; width: number | bigint; height: number | bigint; status: string }>(`
  SELECT "id", "index", "width", "height", "status" FROM "Page" WHERE "documentId" = ? ORDER BY "index" ASC`);
