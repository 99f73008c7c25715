import "server-only";
import { checkTagSet, tagSetFrom, type TagDefinition } from "../../annotations/tags";
import { getDb } from "../../db";
import { AppError } from "../../errors";

/** A collection's tag set (the defaults until it edits its own). */
export async function getTagSet({ collectionId }: { collectionId: string }): Promise<TagDefinition[]> {
  const c = await getDb().collection.findUnique({ where: { id: collectionId }, select: { settings: true } });
  if (!c) throw new AppError("not_found", `No collection with id ${collectionId}`);
  return tagSetFrom(c.settings);
}

/**
 * Replaces a collection's tag set. A tag still used by annotations of the collection cannot be
 * removed: its annotations would lose their meaning.
 */
export async function updateTagSet({ collectionId, tags }: { collectionId: string; tags: TagDefinition[] }) {
  const problem = checkTagSet(tags);
  if (problem) throw new AppError("invalid", problem);
  return getDb().$transaction(async (tx) => {
    const c = await tx.collection.findUnique({ where: { id: collectionId }, select: { settings: true } });
    if (!c) throw new AppError("not_found", `No collection with id ${collectionId}`);
    const keys = new Set(tags.map((t) => t.key));
    const used = await tx.annotation.groupBy({ by: ["tag"], where: { document: { collectionId } }, _count: { _all: true } });
    const lost = used.filter((u) => !keys.has(u.tag));
    if (lost.length) {
      throw new AppError("invalid", `Tags still in use cannot be removed: ${lost.map((u) => `${u.tag} (${u._count._all})`).join(", ")}`);
    }
    const settings = { ...((c.settings as Record<string, unknown> | null) ?? {}), tags: tags.map((t) => ({ ...t })) };
    await tx.collection.update({ where: { id: collectionId }, data: { settings: settings as Record<string, string | object[]> } });
    return tagSetFrom(settings);
  });
}
