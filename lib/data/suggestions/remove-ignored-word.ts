import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import type { UserRef } from "../users/users";

/** Takes a word off the collection's ignore list; 404 when it is not on it. */
export async function removeIgnoredWord({ collectionId, word, actor }: { collectionId: string; word: string; actor: UserRef }) {
  await getDb().$transaction(async (tx) => {
    const removed = await tx.ignoredWord.deleteMany({ where: { collectionId, word } });
    if (removed.count === 0) throw new AppError("not_found", `“${word}” is not on this collection's ignore list`);
    await recordAudit({ tx, actorId: actor.id, action: "collection.unignore_word", subjectType: "collection", subjectId: collectionId, detail: `Suggestions flag “${word}” again` });
  });
}
