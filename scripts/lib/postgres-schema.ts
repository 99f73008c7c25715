/**
 * The PostgreSQL schema, derived from the SQLite one (prisma/schema.prisma, the one source of
 * truth): Prisma takes one provider per schema, so the second is generated, never edited.
 * `npm run db:schema` writes it; a test fails when the checked-in copy is stale.
 */
export const POSTGRES_SCHEMA_PATH = "prisma/postgresql/schema.prisma";

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:schema\`: edit that file, not this one.\n`;

export function postgresSchema(sqlite: string): string {
  const swaps: [RegExp, string][] = [
    [/^(\s*output\s*=\s*)"\.\.\/lib\/server\/generated\/prisma"/m, `$1"../../lib/server/generated/prisma-pg"`],
    [/^(\s*provider\s*=\s*)"sqlite"/m, `$1"postgresql"`],
    [/^(\s*url\s*=\s*)"file:[^"]*"/m, `$1"postgresql://localhost/workbench"`],
  ];
  let out = sqlite;
  for (const [from, to] of swaps) {
    if (!from.test(out)) throw new Error(`prisma/schema.prisma no longer has ${from}: update scripts/lib/postgres-schema.ts`);
    out = out.replace(from, to);
  }
  return HEADER + out;
}
