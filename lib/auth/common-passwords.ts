import { dictionary } from "@zxcvbn-ts/language-common";

let common: Set<string> | undefined;

/**
 * Whether a password is on zxcvbn-ts's list of the 49,233 most common passwords (from leaked
 * password corpora), compared case-insensitively: OWASP ASVS 2.1.7 asks for at least the top
 * 10,000, and "Password123" is as guessable as "password123". Loaded on first use.
 */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"]);
  return common.has(password.toLowerCase());
}
