/**
 * A fixed-window limit: at most `limit` hits per `windowSeconds` on one counter, named by `scope` and the key
 * it counts (a client, a token, an address).
 */
export interface RateRule {
  scope: string;
  limit: number;
  windowSeconds: number;
}

const MINUTE = 60;

/** The same budget per minute for each public route a client may call, or each token it may present. */
export function perMinute(scope: string, limit: number): RateRule {
  return { scope, limit, windowSeconds: MINUTE };
}

/** Sign-in links mailed to one address: a mail bomb through the sign-in form stops at three. */
export const SIGN_IN_MAILS: readonly RateRule[] = [
  { scope: 'sign-in-mail', limit: 3, windowSeconds: 15 * MINUTE },
];

/** Double opt-in mails to one address: one per ten minutes, three a day. */
export const SUBSCRIPTION_MAILS: readonly RateRule[] = [
  { scope: 'subscription-mail', limit: 1, windowSeconds: 10 * MINUTE },
  { scope: 'subscription-mail-day', limit: 3, windowSeconds: 24 * 60 * MINUTE },
];

/** The window `now` falls in: its number (the counter's key holds it) and when it ends, in epoch seconds. */
export function windowAt(now: Date, rule: RateRule): { index: number; endsAt: number } {
  const index = Math.floor(now.getTime() / 1000 / rule.windowSeconds);
  return { index, endsAt: (index + 1) * rule.windowSeconds };
}

/** Whole seconds to the end of the window, at least one: what `Retry-After` says. */
export function secondsUntil(endsAt: number, now: Date): number {
  return Math.max(1, Math.ceil(endsAt - now.getTime() / 1000));
}
