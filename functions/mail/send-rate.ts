/**
 * Port: the SES sending quota, shared by everything that sends in bulk (the campaign workers and the
 * transactional-mail worker). Resolves once `count` sends may start.
 */
export interface SendRate {
  acquire(count: number): Promise<void>;
}

/** No quota to share: the in-process outbox of the local hub, whose local SES has none. */
export const UNLIMITED_SEND_RATE: SendRate = { acquire: async () => {} };
