import type { Campaign, CampaignContent, CampaignStats, CampaignStatus } from './campaign.js';

export type ClaimOutcome = 'claimed' | 'done' | 'in-flight';

export type EngagementKind = 'open' | 'click';

/** What SES reported about a campaign mail, counted once per recipient. */
export type DeliveryOutcome = 'delivered' | 'bounced' | 'complained';

/** A sent campaign as the public archive lists it. */
export interface ArchivedCampaign {
  id: string;
  subject: string;
  preheader?: string;
  sentAt: string;
}

export interface TransitionChange {
  scheduledAt?: string | null;
  startedAt?: string;
  sentAt?: string;
  pausedReason?: string | null;
  baseline?: { sent: number; bounced: number; complained: number };
  /** Starts a new round of sending (start or resume). */
  newRound?: boolean;
}

/**
 * What the public routes do with campaigns: count the opens and clicks their links report, show the
 * archive, and count an unsubscription on the last campaign mailed.
 */
export interface CampaignStore {
  get(id: string): Promise<Campaign | undefined>;
  /** The original URLs of a campaign's tracked links (read alone: the compiled HTML is large). */
  links(id: string): Promise<string[] | undefined>;
  /** Sent campaigns, most recently sent first (the public archive); all of them without `limit`. */
  listSent(limit?: number): Promise<ArchivedCampaign[]>;
  addStats(id: string, deltas: Partial<CampaignStats>): Promise<Campaign | undefined>;
  /**
   * Counts a consenting person's first open (or click) of a campaign: a per-person marker and the counter
   * are written together, only while the person's subscriber record accepts tracking (checked in the same
   * transaction, so an erasure or a withdrawn consent that lands first wins). `no-consent`: nothing written;
   * `unchanged`: that person was already counted.
   */
  countPerson(
    campaignId: string,
    kind: EngagementKind,
    email: string,
    now: Date,
  ): Promise<'counted' | 'no-consent' | 'unchanged'>;
  /** The campaign that last wrote to this address, for SES feedback and unsubscriptions. */
  lastCampaignMailedTo(email: string): Promise<string | undefined>;
}

/** Campaigns and their per-recipient send markers. */
export interface CampaignAdminStore extends CampaignStore {
  create(campaign: Campaign): Promise<void>;
  /** Newest first. */
  list(): Promise<Campaign[]>;
  /** Replaces the content of a draft; undefined when the campaign is no longer a draft. */
  updateContent(
    id: string,
    content: CampaignContent & { html: string; text: string; links: string[] },
    now: Date,
  ): Promise<Campaign | undefined>;
  /** Moves the campaign from one of `from` to `to`; undefined when its status was not in `from`. */
  transition(
    id: string,
    from: CampaignStatus[],
    to: CampaignStatus,
    change: TransitionChange,
    now: Date,
  ): Promise<Campaign | undefined>;
  /** After a fan-out of `round`: how many queue messages to wait for; the audience is kept from the first round. */
  recordFanout(id: string, round: number, audience: number, messages: number): Promise<void>;
  /**
   * One page (queue message) of `round` processed, counted once however often it was delivered; the
   * campaign is marked sent when it was the last one.
   */
  messageDone(id: string, round: number, page: string, now: Date): Promise<void>;
  /**
   * Counts an SES outcome of the campaign's mail to this address once, however often SES reports it: the
   * outcome is flagged on the send marker with the counter; false when already counted, or when the
   * campaign has no send marker for the address (it never mailed it).
   */
  countOutcome(campaignId: string, outcome: DeliveryOutcome, email: string, now: Date): Promise<boolean>;
  /**
   * Writes the marker before a send: `claimed` when this caller may send, `done` when the recipient was
   * already served (sent or skipped), `in-flight` when another worker holds a fresh claim.
   */
  claimSend(campaignId: string, email: string, now: Date, leaseMs: number): Promise<ClaimOutcome>;
  /** Completes the marker after SES accepted the mail. */
  completeSend(campaignId: string, email: string, messageId: string, now: Date): Promise<void>;
  /** Forgets a claim whose send certainly did not happen (SES refused it), so a retry may send. */
  releaseSend(campaignId: string, email: string): Promise<void>;
  /** Records a recipient dropped at send time; true the first time only. */
  skipSend(campaignId: string, email: string, reason: string, now: Date): Promise<boolean>;
  /** Every campaign marker of an address (RGPD export and erasure). */
  markersFor(email: string): Promise<{ campaignId: string; state: string; sentAt?: string }[]>;
  /** Deletes the send marker of an address for a campaign, and its open and click markers. */
  deleteMarker(campaignId: string, email: string): Promise<void>;
}
