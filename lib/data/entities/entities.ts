import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";

import type { EntityType } from "../../annotations/entity-types";
import { parseEntityVariants } from "./entity-shape";

export interface EntityInput {
  type: EntityType;
  name: string;
  variants?: string[];
  notes?: string;
  externalId?: string | null;
}

const ENTITY_SELECT = { id: true, type: true, name: true, variants: true, notes: true, externalId: true, createdAt: true, updatedAt: true } as const;

type EntityRow = { variants: unknown; createdAt: Date; updatedAt: Date } & Record<string, unknown>;
const toEntity = <R extends EntityRow>(r: R) => ({
  ...r,
  variants: parseEntityVariants(r.variants),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

const cleanVariants = (variants: string[] = [], name: string) =>
  [...new Set(variants.map((v) => v.trim()).filter((v) => v && v !== name))];

/** Adds an entity to the registry. A Wikidata-style id is kept as text. `tx` joins a caller's transaction. */
export async function createEntity(input: EntityInput & { tx?: DbTx }) {
  const name = input.name.trim();
  if (!name) throw new AppError("invalid", "An entity needs a name");
  const row = await (input.tx ?? getDb()).entity.create({
    data: { type: input.type, name, variants: cleanVariants(input.variants, name), notes: input.notes?.trim() ?? "", externalId: input.externalId?.trim() || null },
    select: ENTITY_SELECT,
  });
  return toEntity(row);
}

export async function updateEntity({ id, changes: input }: { id: string; changes: Partial<EntityInput> }) {
  const db = getDb();
  const current = await db.entity.findUnique({ where: { id }, select: { name: true } });
  if (!current) throw new AppError("not_found", `No entity with id ${id}`);
  const name = input.name?.trim() ?? current.name;
  if (!name) throw new AppError("invalid", "An entity needs a name");
  const row = await db.entity.update({
    where: { id },
    data: {
      name,
      ...(input.type ? { type: input.type } : {}),
      ...(input.variants ? { variants: cleanVariants(input.variants, name) } : {}),
      ...(input.notes !== undefined ? { notes: input.notes.trim() } : {}),
      ...(input.externalId !== undefined ? { externalId: input.externalId?.trim() || null } : {}),
    },
    select: ENTITY_SELECT,
  });
  return toEntity(row);
}

/** Entities whose name or variants contain `q` (case-insensitive), by name. */
export async function listEntities({ q, limit = 200 }: { q?: string; limit?: number } = {}) {
  const rows = await getDb().entity.findMany({
    orderBy: { name: "asc" },
    select: { ...ENTITY_SELECT, _count: { select: { annotations: true } } },
  });
  const needle = q?.trim().toLocaleLowerCase();
  return rows
    .map((r) => ({ ...toEntity(r), mentionCount: r._count.annotations }))
    .filter((e) => !needle || [e.name, ...e.variants].some((n) => n.toLocaleLowerCase().includes(needle)))
    .slice(0, limit)
    .map(({ _count, ...e }) => e);
}

/** One entity with every annotation that links to it, across all documents. */
export async function getEntityWithMentions({ id }: { id: string }) {
  const row = await getDb().entity.findUnique({
    where: { id },
    select: {
      ...ENTITY_SELECT,
      annotations: {
        where: { document: { deletedAt: null } },
        orderBy: [{ documentId: "asc" }, { start: "asc" }],
        select: {
          id: true, exact: true, prefix: true, suffix: true, tag: true, status: true, start: true, end: true,
          document: { select: { id: true, title: true, sourceRef: true } },
        },
      },
    },
  });
  if (!row) throw new AppError("not_found", `No entity with id ${id}`);
  const { annotations, ...entity } = row;
  return { ...toEntity(entity), mentions: annotations };
}
