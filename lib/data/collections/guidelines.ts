import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import { MAX_GUIDELINES_LENGTH, parseCollectionSettings } from "./collection-settings-shape";
import { updateCollectionSettings } from "./update-collection-settings";

/** A collection's guidelines (Markdown; "" when it has none) and its name. */
export async function getGuidelines({ collectionId }: { collectionId: string }): Promise<{ name: string; markdown: string }> {
  const row = await getDb().collection.findUnique({ where: { id: collectionId }, select: { name: true, settings: true } });
  if (!row) throw new AppError("not_found", `No collection with id ${collectionId}`);
  return { name: row.name, markdown: parseCollectionSettings(row.settings).guidelines ?? "" };
}

/** Replaces a collection's guidelines (admins); "" removes them. Audited. */
export async function setGuidelines({ collectionId, markdown, actorId }: { collectionId: string; markdown: string; actorId: string }) {
  if (markdown.length > MAX_GUIDELINES_LENGTH) throw new AppError("invalid", `Guidelines have at most ${MAX_GUIDELINES_LENGTH} characters`, { field: "markdown" });
  const text = markdown.trim();
  await getDb().$transaction(async (tx) => {
    await updateCollectionSettings({ tx, collectionId, change: (s) => ({ ...s, guidelines: text || undefined }) });
    await recordAudit({ tx, actorId, action: "collection.guidelines", subjectType: "collection", subjectId: collectionId, detail: text ? `${text.length} characters` : "removed" });
  });
  return { markdown: text };
}
