// Who may do what. One table, read by the API wrapper, the server actions and the pages, so that
// the UI hides what the server would refuse anyway.

export const ROLES = ["admin", "reviewer", "corrector", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  reviewer: "Reviewer",
  corrector: "Corrector",
  viewer: "Viewer",
};

export type Permission =
  /** Read documents, revisions, annotations, entities, proposals. */
  | "read"
  /** Import documents. */
  | "document.import"
  /** Change a document's title, source reference and collection. */
  | "document.edit"
  /** Propose corrections, withdraw and resubmit one's own proposals, mark a document corrected. */
  | "proposal.create"
  /** Approve or reject proposals, approve a corrected document. */
  | "proposal.review"
  /** Create and edit annotations and entities. */
  | "annotate"
  /** Create collections, edit tag sets and review policy, manage users. */
  | "admin"
  /** Create and revoke one's own API tokens. */
  | "token.own";

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ["read", "document.import", "document.edit", "proposal.create", "proposal.review", "annotate", "admin", "token.own"],
  reviewer: ["read", "document.import", "document.edit", "proposal.create", "proposal.review", "annotate", "token.own"],
  corrector: ["read", "proposal.create", "annotate", "token.own"],
  viewer: ["read", "token.own"],
};

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** True when `role` holds `permission`. Unknown roles (a hand-edited row) hold nothing. */
export function can(role: string, permission: Permission): boolean {
  return isRole(role) && GRANTS[role].includes(permission);
}

/** A collection's review policy (stored in its settings JSON). */
export interface ReviewPolicy {
  /** Reviewers may save straight to the text, without a proposal. Admins always may. */
  reviewersCommitDirectly: boolean;
  /** Four eyes is off: a reviewer may approve their own proposal. */
  allowSelfApproval: boolean;
  /** Two correctors key each document independently, and a reviewer decides where they differ. */
  doubleKeying: boolean;
}

export const DEFAULT_REVIEW_POLICY: ReviewPolicy = { reviewersCommitDirectly: true, allowSelfApproval: false, doubleKeying: false };

/** Whether a save by `role` becomes a revision at once, or a proposal for review. */
export function canCommitDirectly(role: string, policy: ReviewPolicy): boolean {
  return role === "admin" || (role === "reviewer" && policy.reviewersCommitDirectly);
}

/** Correctors manage their own annotations; reviewers and admins anyone's. */
export function canEditAnnotation(user: { id: string; role: string }, authorId: string | null): boolean {
  if (!can(user.role, "annotate")) return false;
  return can(user.role, "proposal.review") || authorId === user.id;
}

