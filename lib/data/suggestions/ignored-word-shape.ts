import "server-only";

/** The longest word a collection can be told to ignore: a word, not a passage. */
export const MAX_IGNORED_WORD = 100;
