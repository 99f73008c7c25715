import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Db } from "../../lib/server/db";
import { Prisma } from "../../lib/server/generated/prisma-pg/client";

/*
 * Copies every row of one workbench database into another through the two Prisma clients, table
 * by table in the order their foreign keys need, a batch per transaction. Each batch records how
 * far it got in a progress table of the target, in the same transaction, so an interrupted copy
 * resumes exactly where it stopped. The search index is not copied (the target rebuilds it), nor
 * are failed sign-ins (counted for 15 minutes only; their ids come from a sequence).
 */

/** Parents before children. */
export const COPY_ORDER = [
  "User", "Collection", "SuggestionCount", "IgnoredWord", "Entity", "Document", "DocumentField", "DocumentRelation", "Assignment", "Revision", "AnnotationBatch", "Annotation", "Comment", "Notification", "Audit", "AuditLine", "Keying", "Keying",
  "Session", "ApiToken", "Changeset", "Proposal", "ChangesetDocument", "AuditEvent", "Page", "OcrJob",
] as const;
export type CopiedModel = (typeof COPY_ORDER)[number];
export const NOT_COPIED = ["SignInFailure", "Presence", "TaskClaim"];

interface ModelFacts {
  /** The primary key's fields. */
  key: string[];
  /** Nullable Json fields: a null there must be written as the database's NULL. */
  nullableJson: string[];
}

/** Each model's key and nullable Json fields, read from the one data model. */
export function modelFacts(schema = readFileSync("prisma/schema.prisma", "utf8")): Map<string, ModelFacts> {
  const out = new Map<string, ModelFacts>();
  for (const m of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const body = m[2].split("\n").map((l) => l.replace(/\/\/.*$/, "").trim()).filter(Boolean);
    const compound = body.find((l) => l.startsWith("@@id("))?.match(/\[([^\]]+)\]/)?.[1].split(",").map((s) => s.trim());
    const single = body.filter((l) => /\s@id(\s|$|\()/.test(l)).map((l) => l.split(/\s+/)[0]);
    out.set(m[1], { key: compound ?? single, nullableJson: body.filter((l) => /^\w+\s+Json\?/.test(l)).map((l) => l.split(/\s+/)[0]) });
  }
  return out;
}

const delegate = (db: Db, model: string) => (db as unknown as Record<string, ModelDelegate>)[model[0].toLowerCase() + model.slice(1)];
interface ModelDelegate {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  count(): Promise<number>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }>;
}

export interface CopyOptions {
  from: Db;
  to: Db;
  batch?: number;
  onProgress?: (model: string, done: number, total: number) => void;
}

interface Progress {
  copied: number;
  /** The last key copied, for models keyed by one field (the next batch starts after it). */
  lastKey: string | null;
}

/** How far an earlier run of this copy got, per model (empty for a new copy). */
async function progressSoFar(to: Db): Promise<Map<string, Progress>> {
  await to.$executeRaw`CREATE TABLE IF NOT EXISTS "_workbench_copy" ("model" TEXT PRIMARY KEY, "copied" INTEGER NOT NULL, "lastKey" TEXT)`;
  const rows = await to.$queryRaw<{ model: string; copied: number | bigint; lastKey: string | null }[]>`SELECT "model", "copied", "lastKey" FROM "_workbench_copy"`;
  return new Map(rows.map((r) => [r.model, { copied: Number(r.copied), lastKey: r.lastKey }]));
}

export async function copyDatabase({ from, to, batch = 500, onProgress }: CopyOptions): Promise<void> {
  const facts = modelFacts();
  const done = await progressSoFar(to);
  if (done.size === 0) {
    for (const model of COPY_ORDER) {
      if ((await delegate(to, model).count()) > 0) throw new Error(`The target database already holds ${model} rows: copy into a new, empty database`);
    }
  }
  for (const model of COPY_ORDER) {
    const { key, nullableJson } = facts.get(model)!;
    const total = await delegate(from, model).count();
    let { copied, lastKey } = done.get(model) ?? { copied: 0, lastKey: null };
    onProgress?.(model, copied, total);
    const orderBy = key.map((k) => ({ [k]: "asc" }));
    while (copied < total) {
      // Batches follow the source's own key order, so the two databases' collations never meet:
      // after the last key copied for one-field keys, by offset for the small compound-key tables.
      const page = key.length === 1 ? { where: lastKey === null ? {} : { [key[0]]: { gt: lastKey } } } : { skip: copied };
      const rows = await delegate(from, model).findMany({ ...page, orderBy, take: batch });
      if (!rows.length) break;
      for (const row of rows) for (const f of nullableJson) if (row[f] === null) row[f] = Prisma.DbNull;
      copied += rows.length;
      lastKey = key.length === 1 ? String(rows.at(-1)![key[0]]) : null;
      await to.$transaction([
        delegate(to, model).createMany({ data: rows }) as never,
        to.$executeRaw`INSERT INTO "_workbench_copy" ("model", "copied", "lastKey") VALUES (${model}, ${copied}, ${lastKey})
          ON CONFLICT ("model") DO UPDATE SET "copied" = excluded."copied", "lastKey" = excluded."lastKey"`,
      ]);
      onProgress?.(model, copied, total);
    }
  }
}

/** The copy is verified: its progress table goes. */
export async function finishCopy(to: Db): Promise<void> {
  await to.$executeRaw`DROP TABLE IF EXISTS "_workbench_copy"`;
}

/** Canonical JSON: keys sorted (PostgreSQL's jsonb keeps its own order), dates and bytes spelled one way. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value instanceof Uint8Array) return JSON.stringify(Buffer.from(value).toString("base64"));
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object") return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  return JSON.stringify(value);
}

/**
 * Each model's row count and a hash of all its rows (each row hashed canonically, the hashes
 * sorted, so that neither database's order or collation matters).
 */
export async function tableDigests(db: Db, batch = 1000): Promise<Map<string, { rows: number; sha256: string }>> {
  const facts = modelFacts();
  const out = new Map<string, { rows: number; sha256: string }>();
  for (const model of COPY_ORDER) {
    const hashes: string[] = [];
    for (let skip = 0; ; skip += batch) {
      const rows = await delegate(db, model).findMany({ orderBy: facts.get(model)!.key.map((k) => ({ [k]: "asc" })), skip, take: batch });
      for (const row of rows) hashes.push(createHash("sha256").update(canonical(row)).digest("hex"));
      if (rows.length < batch) break;
    }
    out.set(model, { rows: hashes.length, sha256: createHash("sha256").update(hashes.sort().join("\n")).digest("hex") });
  }
  return out;
}
