import { createHash } from 'node:crypto';
import type { Clock } from '../shared/clock.js';
import { logger } from '../shared/logger.js';
import type { RateCounter } from './rate-counter.js';
import { secondsUntil, windowAt, type RateRule } from './rate-limit-rules.js';

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const ALLOWED: RateVerdict = { allowed: true };

/**
 * Decides whether one more request, mail or sign-in may go, by fixed-window counters in the hub's table, so
 * that the limits hold across Lambda instances. The key (a client address, a token, an e-mail address) is kept
 * only as a hash. A counter that cannot be written lets the request through (logged): a DynamoDB hiccup must
 * not close registrations, and the request itself needs the same table.
 */
export class RateLimitService {
  constructor(
    private readonly counter: RateCounter,
    private readonly clock: Clock,
    private readonly enabled: boolean,
  ) {}

  /** Counts the key against each rule in turn; the first one full refuses (the later ones are not counted). */
  async take(rules: readonly RateRule[], key: string): Promise<RateVerdict> {
    if (!this.enabled) return ALLOWED;
    const now = this.clock.now();
    const hashed = createHash('sha256').update(key).digest('base64url').slice(0, 22);
    for (const rule of rules) {
      const window = windowAt(now, rule);
      let counted: boolean;
      try {
        counted = await this.counter.hit(
          `${rule.scope}#${hashed}#${window.index}`,
          rule.limit,
          new Date(window.endsAt * 1000),
        );
      } catch (error) {
        logger.warn('rate limit not counted, request let through', { error, scope: rule.scope });
        continue;
      }
      if (!counted) return { allowed: false, retryAfterSeconds: secondsUntil(window.endsAt, now) };
    }
    return ALLOWED;
  }
}
