import type { RateLimit } from "../../auth/rate-limit";

/**
 * Failed sign-ins allowed per account (5) and per IP address (20) in 15 minutes. Per account
 * stops guessing one password from many addresses; per IP stops trying many accounts from one.
 */
export const SIGN_IN_LIMITS: { account: RateLimit; ip: RateLimit } = {
  account: { maxFailures: 5, windowMs: 15 * 60 * 1000 },
  ip: { maxFailures: 20, windowMs: 15 * 60 * 1000 },
};

export interface SignInAttempt {
  username: string;
  ip: string;
}

export const accountKey = (username: string) => `account:${username}`;
export const ipKey = (ip: string) => `ip:${ip}`;
