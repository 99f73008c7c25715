import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import type { UserRef } from "../users/users";
import { MAX_IGNORED_WORD } from "./ignored-word-shape";

/** "Ignore in this collection": suggestions leave the word alone in every document of it. Adding it twice is fine. */
export async function addIgnoredWord({ collectionId, word, actor }: { collectionId: string; word: string; actor: UserRef }) {
  const clean = word.trim();
  if (!clean || /\s/u.test(clean) || clean.length > MAX_IGNORED_WORD) {
    throw new AppError("invalid", `An ignored word is one word of at most ${MAX_IGNORED_WORD} characters, without spaces`);
  }
  await getDb().$transaction(async (tx) => {
    const collection = await tx.collection.findUnique({ where: { id: collectionId }, select: { id: true } });
    if (!collection) throw new AppError("not_found", `No collection with id ${collectionId}`);
    const existing = await tx.ignoredWord.findUnique({ where: { collectionId_word: { collectionId, word: clean } }, select: { word: true } });
    if (existing) return;
    await tx.ignoredWord.create({ data: { collectionId, word: clean, createdById: actor.id } });
    await recordAudit({ tx, actorId: actor.id, action: "collection.ignore_word", subjectType: "collection", subjectId: collectionId, detail: `Suggestions ignore “${clean}”` });
  });
  return { word: clean };
}
