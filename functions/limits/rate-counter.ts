/** The port of the rate limits: counters shared by every instance of the hub (the table, in AWS and locally). */
export interface RateCounter {
  /**
   * Counts one hit on the counter unless it already holds `limit`: true when counted, false when full.
   * The counter may be forgotten after `expiresAt` (the end of its window).
   */
  hit(counterId: string, limit: number, expiresAt: Date): Promise<boolean>;
}
