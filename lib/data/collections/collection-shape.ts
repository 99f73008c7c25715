import { licenceOf, parseCollectionSettings, reviewPolicyOf } from "./collection-settings-shape";

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
  doubleKeying: boolean;
}

export const COLLECTION_VIEW_SELECT = { id: true, name: true, settings: true, visibility: true } as const;

export function toCollectionView(row: { id: string; name: string; settings: unknown; visibility: string }): CollectionView {
  const settings = parseCollectionSettings(row.settings);
  const policy = reviewPolicyOf(settings);
  return {
    id: row.id,
    name: row.name,
    licence: licenceOf(settings),
    visibility: row.visibility === "public" ? "public" : "private",
    reviewersCommitDirectly: policy.reviewersCommitDirectly,
    selfApproval: policy.allowSelfApproval,
    doubleKeying: policy.doubleKeying,
  };
}
