import "server-only";
import { can } from "../../auth/permissions";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { isPageStatus, needsReviewer, PAGE_STATUS_LABELS } from "../../team/page-status";
import { recordAudit } from "../audit/audit";
import type { UserRef } from "../users/users";

/**
 * Sets a page's status: correctors and up move it between not started, in progress and done;
 * only reviewers and admins mark it checked or take a checked page back. Audited, with the page.
 */
export async function setPageStatus({ documentId, pageId, status, user }: { documentId: string; pageId: string; status: string; user: UserRef }) {
  if (!isPageStatus(status)) throw new AppError("invalid", `A page's status is not_started, in_progress, done or checked, not “${status}”`, { field: "status" });
  return getDb().$transaction(async (tx) => {
    const page = await tx.page.findFirst({ where: { id: pageId, documentId, document: { deletedAt: null } }, select: { index: true, status: true } });
    if (!page) throw new AppError("not_found", `Document ${documentId} has no page ${pageId}`);
    if (needsReviewer(page.status, status) && !can(user.role, "proposal.review")) throw new AppError("forbidden", "Only reviewers and admins mark a page checked, or take a checked page back");
    if (page.status === status) return { status };
    await tx.page.update({ where: { id: pageId }, data: { status, statusById: user.id, statusAt: new Date() } });
    await recordAudit({ tx, actorId: user.id, action: "page.status", subjectType: "document", subjectId: documentId, documentId, fromState: page.status, toState: status, detail: `Page ${page.index + 1}: ${PAGE_STATUS_LABELS[status].toLowerCase()}` });
    return { status };
  });
}
