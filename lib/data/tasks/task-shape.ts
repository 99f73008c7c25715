/** What the next-task button opens: a document to correct, or a proposal, changeset or corrected document to review. */
export type NextTask =
  | { kind: "correct"; documentId: string; title: string; assigned: boolean }
  | { kind: "review"; proposalId: string; documentId: string; title: string }
  | { kind: "review"; changesetId: string; title: string }
  | { kind: "review"; documentId: string; title: string; approve: true }
  | { kind: "review"; documentId: string; title: string; keying: true };

export type TaskKind = "correct" | "review";

/** The claim key of a task: one namespace for documents, proposals, changesets and double keyings. */
export const taskKey = (task: NextTask): string =>
  "proposalId" in task ? `proposal:${task.proposalId}` : "changesetId" in task ? `changeset:${task.changesetId}` : "keying" in task ? `keying:${task.documentId}` : `document:${task.documentId}`;

/** Where the task opens in the app. */
export const taskHref = (task: NextTask): string =>
  "proposalId" in task ? `/proposals/${task.proposalId}` : "changesetId" in task ? `/changesets/${task.changesetId}` : "keying" in task ? `/documents/${task.documentId}/keying` : `/documents/${task.documentId}`;
