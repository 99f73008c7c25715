import "server-only";
import type { DbTx } from "../../server/db";
import { notify } from "../notifications/notify";
import type { UserRef } from "../users/users";

/** Tells a proposal's author what became of it ("Rita Reviewer approved your proposal on “Memo 12”"), in the decision's transaction. */
export async function tellDecision({ tx, proposal, reviewer, verb, note }: {
  tx: DbTx;
  proposal: { id: string; authorId: string; documentId: string };
  reviewer: UserRef;
  verb: "approved" | "rejected" | "sent back";
  note?: string | null;
}): Promise<string[]> {
  const doc = await tx.document.findUniqueOrThrow({ where: { id: proposal.documentId }, select: { title: true } });
  const why = verb === "sent back" ? ": it conflicts with a later revision, for you to resolve" : note ? `: ${note.replace(/\s+/g, " ").slice(0, 200)}` : "";
  return notify({ tx, userIds: [proposal.authorId], kind: "decided", text: `${reviewer.displayName} ${verb} your proposal on “${doc.title}”${why}`, link: `/proposals/${proposal.id}`, actorId: reviewer.id });
}
