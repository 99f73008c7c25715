/** What waits for one person: their assignments, the proposals they may review, and their own proposals sent back. */
export interface MyWork {
  assigned: { documentId: string; title: string; status: string; dueDate: string | null; assignedBy: string; assignedAt: string }[];
  toReview: { proposalId: string; documentId: string; title: string; author: string; createdAt: string }[];
  sentBack: { proposalId: string; documentId: string; title: string; status: "rejected" | "needs_rebase"; note: string | null; decidedAt: string | null }[];
}
