import { NextResponse } from "next/server";
import { nextTask } from "@/lib/data/tasks/next-task";
import { taskHref } from "@/lib/data/tasks/task-shape";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/server/http/api-route";

/**
 * The next document to correct (`kind=correct`, the default) or the next proposal, changeset or
 * corrected document to review (`kind=review`), claimed for the caller; 204 when nothing waits.
 * `skip` names tasks (ids, comma-separated) not to hand out now, such as the one being left.
 */
export const GET = apiRoute({ permission: "proposal.create", what: "take tasks" }, async (request, _params, user) => {
  const url = new URL(request.url);
  const kind = url.searchParams.get("kind") ?? "correct";
  if (kind !== "correct" && kind !== "review") throw new AppError("invalid", `kind is correct or review, not “${kind}”`, { field: "kind" });
  const skip = (url.searchParams.get("skip") ?? "").split(",").filter(Boolean).slice(0, 100);
  const task = await nextTask({ user, kind, collectionId: url.searchParams.get("collectionId") || undefined, skip });
  if (!task) return new Response(null, { status: 204 });
  return NextResponse.json({ ...task, href: taskHref(task) });
});
