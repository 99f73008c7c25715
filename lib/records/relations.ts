/**
 * How two documents are related. A relation is stored once, from one document to the other, and
 * read from either: "reply to" seen from the other side is "replied to by".
 */
export const RELATIONS = ["release-of", "reply-to", "enclosure-of", "same-as"] as const;
export type Relation = (typeof RELATIONS)[number];

/** A relation as read from one of its two documents. */
export type RelationAsSeen = Relation | "replied-by" | "encloses";

export const RELATION_LABELS: Record<RelationAsSeen, string> = {
  "release-of": "Another release of this document",
  "reply-to": "A reply to it",
  "replied-by": "Replied to by it",
  "enclosure-of": "Enclosed with it",
  encloses: "Encloses it",
  "same-as": "The same document",
};

/** The relation as the document at its far end reads it; symmetric ones read the same both ways. */
export function seenFrom(relation: Relation, fromThisSide: boolean): RelationAsSeen {
  if (fromThisSide) return relation;
  if (relation === "reply-to") return "replied-by";
  if (relation === "enclosure-of") return "encloses";
  return relation;
}

/** Whether a relation says the same from both ends (so that one stored each way would be a duplicate). */
export const isSymmetric = (relation: Relation) => relation === "release-of" || relation === "same-as";
