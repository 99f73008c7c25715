import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { findLine, lineChars, lineErrors } from "../../team/audit-sample";
import { createRevision } from "../revisions/create-revision";
import { readHead } from "../revisions/revision-sql";
import { whileHeadMoves } from "../revisions/while-head-moves";
import type { UserRef } from "../users/users";

/**
 * A reviewer checks one drawn line: `corrected` is the line as it should read (the same text
 * when nothing is wrong). The character errors left are counted, and a fix is stored at once as
 * an ordinary revision of the document (like any change to approved text, it sends the document
 * back to In progress, with the reason). 409 when the line was checked already, or is no longer
 * in the text; 422 for a line break in `corrected`.
 */
export async function checkAuditLine({ auditId, lineId, corrected, user }: { auditId: string; lineId: string; corrected: string; user: UserRef }) {
  if (/[\n\f]/.test(corrected)) throw new AppError("invalid", "A line has no line breaks: correct the rest of the text in the editor", { field: "text" });
  const db = getDb();
  const line = await db.auditLine.findFirst({
    where: { id: lineId, auditId },
    select: { id: true, documentId: true, lineIndex: true, start: true, end: true, text: true, checkedAt: true, checkedBy: { select: { displayName: true } } },
  });
  if (!line) throw new AppError("not_found", `No line ${lineId} in audit ${auditId}`);
  if (line.checkedAt) throw new AppError("conflict", `${line.checkedBy?.displayName ?? "Someone"} checked this line already`);
  let fixSeq: number | null = null;
  if (corrected !== line.text) {
    fixSeq = await whileHeadMoves(async () => {
      const head = await readHead({ tx: db, documentId: line.documentId });
      if (!head) throw new AppError("not_found", "The document was deleted");
      const at = findLine(head.headText, line);
      if (!at) throw new AppError("conflict", "This line is no longer in the text (it was changed since the audit drew it): correct it in the editor");
      const short = (s: string) => (s.trim().length > 60 ? `${s.trim().slice(0, 59)}…` : s.trim());
      const revision = await createRevision({
        documentId: line.documentId, baseSeq: head.headSeq, authorId: user.id,
        text: head.headText.slice(0, at.start) + corrected + head.headText.slice(at.end),
        message: `Audit: line ${line.lineIndex + 1}, “${short(line.text)}” → “${short(corrected)}”`,
      });
      return revision.seq;
    });
  }
  const errors = lineErrors(line.text, corrected);
  const moved = await db.auditLine.updateMany({
    where: { id: lineId, checkedAt: null },
    data: { checkedAt: new Date(), checkedById: user.id, corrected, errors, chars: lineChars(corrected), fixSeq },
  });
  if (moved.count !== 1) throw new AppError("conflict", "Someone checked this line at the same moment; their fix and yours are both in the history");
  return { errors, fixSeq };
}
