import { reviewPolicyFrom } from "../../auth/permissions";

/** The licence text a collection's exports carry, from its settings; null when none is set. */
export function licenceFrom(settings: unknown): string | null {
  const licence = (settings as { licence?: unknown } | null)?.licence;
  return typeof licence === "string" && licence.trim() ? licence : null;
}

export const VISIBILITIES = ["private", "public"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** What `GET /api/collections/:id` answers and `PATCH` sets. */
export interface CollectionView {
  id: string;
  name: string;
  licence: string | null;
  visibility: Visibility;
  reviewersCommitDirectly: boolean;
  selfApproval: boolean;
}

export const COLLECTION_VIEW_SELECT = { id: true, name: true, settings: true, visibility: true } as const;

export function toCollectionView(row: { id: string; name: string; settings: unknown; visibility: string }): CollectionView {
  const policy = reviewPolicyFrom(row.settings);
  return {
    id: row.id,
    name: row.name,
    licence: licenceFrom(row.settings),
    visibility: row.visibility === "public" ? "public" : "private",
    reviewersCommitDirectly: policy.reviewersCommitDirectly,
    selfApproval: policy.allowSelfApproval,
  };
}
