/** Usernames: lower-case letters, digits and . _ -, as accounts are made (lib/auth/credentials). */
const MENTION = /(^|[^\p{L}\p{N}_@.`])@([a-z0-9][a-z0-9._-]{0,39})/giu;
/** Code, where "@x" is code and not a person: fenced blocks and inline spans. */
const CODE = /```[\s\S]*?(```|$)|`[^`\n]*`/g;

/**
 * The usernames a comment mentions ("@rita", "thanks @ada."), lower-cased, each once, in order.
 * An e-mail address (a@b.org) and code spans are not mentions.
 */
export function mentionedUsernames(markdown: string): string[] {
  const prose = markdown.replace(CODE, " ");
  const names = [...prose.matchAll(MENTION)].map((m) => m[2].replace(/[._-]+$/, "").toLowerCase());
  return [...new Set(names.filter(Boolean))];
}
