import "server-only";
import { preparedRead } from "../../server/db/prepared-read";

// Hand-written reads that every request of its kind makes, prepared once (lib/server/db/prepared-read):
// Prisma's query interpreter costs per row and per byte, several times the statement on these.

export const entityOptions = preparedRead<{ id: string; name: string; type: string }>(`SELECT "id", "name", "type" FROM "Entity" ORDER BY "name" ASC`);
