// `npm run db:schema`: writes the PostgreSQL schema from the SQLite one.
import { readFileSync, writeFileSync } from "node:fs";
import { POSTGRES_SCHEMA_PATH, postgresSchema } from "./lib/postgres-schema";

writeFileSync(POSTGRES_SCHEMA_PATH, postgresSchema(readFileSync("prisma/schema.prisma", "utf8")));
console.log(`Wrote ${POSTGRES_SCHEMA_PATH}`);
