/** Kinds of entities in the registry. */
export const ENTITY_TYPES = ["person", "place", "organization", "other"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
