export * from "./types";
export { makeRevision, diffStats } from "./make-revision";
export { applyPatchExact, parsePatch } from "./apply-patch";
export { replayChain, type ChainLink, type ChainError } from "./replay";
export { shouldSnapshot, MAX_CHAIN, type ChainState } from "./snapshot-policy";
export { repairSurrogateDiffs, hasLoneSurrogate, splitsSurrogatePair } from "./surrogates";
export { diffWords, collapseUnchanged, type DiffSegment } from "./word-diff";
