import { z } from "zod";

/**
 * `Proposal.acceptedHunks` and `rejectedHunks`: the indexes of the hunks a reviewer took or left
 * (null for a whole decision, or none yet).
 */
export const hunksColumn = z.array(z.number().int().nonnegative()).nullable();
