import "server-only";
import { checkTagSet, type TagDefinition } from "../../annotations/tags";
import { parseCollectionSettings, tagSetOf } from "../collections/collection-settings-shape";
import { updateCollectionSettings } from "../collections/update-collection-settings";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";

/** A collection's tag set (the defaults until it edits its own). */
export async function getTagSet({ collectionId }: { collectionId: string }): Promise<TagDefinition[]> {
  const c = await getDb().collection.findUnique({ where: { id: collectionId }, select: { settings: true } });
  if (!c) throw new AppError("not_found", `No collection with id ${collectionId}`);
  return tagSetOf(parseCollectionSettings(c.settings));
}

/**
 * Replaces a collection's tag set. A tag still used by annotations of the collection cannot be
 * removed: its annotations would lose their meaning.
 */
export async function updateTagSet({ collectionId, tags }: { collectionId: string; tags: TagDefinition[] }) {
  const problem = checkTagSet(tags);
  if (problem) throw new AppError("invalid", problem);
  return getDb().$transaction(async (tx) => {
    if (!(await tx.collection.findUnique({ where: { id: collectionId }, select: { id: true } }))) throw new AppError("not_found", `No collection with id ${collectionId}`);
    const keys = new Set(tags.map((t) => t.key));
    const used = await tx.annotation.groupBy({ by: ["tag"], where: { document: { collectionId } }, _count: { _all: true } });
    const lost = used.filter((u) => !keys.has(u.tag));
    if (lost.length) {
      throw new AppError("invalid", `Tags still in use cannot be removed: ${lost.map((u) => `${u.tag} (${u._count._all})`).join(", ")}`);
    }
    const { after } = await updateCollectionSettings({ tx, collectionId, change: (s) => ({ ...s, tags: tags.map((t) => ({ ...t })) }) });
    return tagSetOf(after);
  });
}
