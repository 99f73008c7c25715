import type { DocumentStatus } from "../../review/transitions";

/** How many of a collection's documents are at each status. */
export type StatusCounts = Record<DocumentStatus, number>;
