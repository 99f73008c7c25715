/** One line of a document's activity feed (GET /api/documents/:id/activity). */
export interface ActivityItem {
  id: string;
  createdAt: string;
  actor: { username: string; displayName: string } | null;
  action: string;
  subjectType: string;
  subjectId: string;
  fromState: string | null;
  toState: string | null;
  detail: string | null;
}
