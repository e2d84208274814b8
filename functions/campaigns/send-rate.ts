/** Port: the SES sending quota, shared by every worker. Resolves once `count` sends may start. */
export interface SendRate {
  acquire(count: number): Promise<void>;
}
