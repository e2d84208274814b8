import type { Language } from '../i18n/language.js';

export const CAMPAIGN_STATUSES = ['draft', 'scheduled', 'sending', 'paused', 'sent', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const EVENT_AUDIENCES = [
  'registrants',
  'attendees',
  'no-shows',
  'replay-viewers',
  'registered-not-viewed',
] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

/** Who receives a campaign: subscribers of any of the topics, and/or people of one event. */
export interface Audience {
  topics?: string[];
  event?: { id: string; who: EventAudience };
}

/**
 * The SES message tag every campaign mail carries (its value: the campaign id, whose characters SES tags
 * accept); SES events name it back, which tells campaign mail from transactional mail.
 */
export const CAMPAIGN_TAG = 'campaign';

export interface CampaignStats {
  audience: number;
  sent: number;
  delivered: number;
  bounced: number;
  complained: number;
  unsubscribed: number;
  /** Recipients dropped at send time (unsubscribed or suppressed since the fan-out). */
  skipped: number;
  /**
   * Opens and clicks (CNIL): a subscriber who accepted tracking counts once however often they open or
   * click (a per-person marker says so); anyone else cannot be told apart, so each of their events counts,
   * and is also added to the `…Anonymous` share.
   */
  opened: number;
  clicked: number;
  openedAnonymous?: number;
  clickedAnonymous?: number;
}

/** The English version of a letter, for subscribers and registrants who chose English. */
export interface CampaignTranslation {
  subject: string;
  preheader?: string;
  mjml: string;
}

export interface CampaignContent {
  subject: string;
  preheader?: string;
  fromName?: string;
  audience: Audience;
  /**
   * Whether staff publish the letter in the public archive (absent on campaigns stored before the field:
   * published). Only a topic audience can be published: see `isArchived`.
   */
  archive?: boolean;
  /** The body, inside the shared campaign layout. */
  mjml: string;
  /** Absent: everybody gets the French letter. */
  translations?: { en?: CampaignTranslation };
}

export interface Campaign extends CampaignContent {
  id: string;
  status: CampaignStatus;
  /** Compiled once when the campaign is saved: per recipient, only placeholders are substituted. */
  html: string;
  text: string;
  /** The original URL of each `{{track:N}}` link of `html` (absent on campaigns compiled before tracking). */
  links?: string[];
  /** The English version compiled; its `{{track:N}}` links number on from the French ones, in `links` too. */
  english?: { html: string; text: string };
  scheduledAt?: string;
  startedAt?: string;
  sentAt?: string;
  pausedReason?: string;
  /** Counters when staff last resumed: rates are judged on what was sent since, not on what caused the pause. */
  baseline?: Pick<CampaignStats, 'sent' | 'bounced' | 'complained'>;
  /** +1 at each start or resume; queue messages of an older round are dropped. */
  round: number;
  /** Queue messages of the current round not yet processed: at 0, the campaign is sent. */
  pendingMessages: number;
  stats: CampaignStats;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface Recipient {
  email: string;
  firstName?: string;
  /** Brought in by the topics: mailed only while still a confirmed subscriber (not once erased). */
  viaTopics?: boolean;
  /** Absent: French. */
  language?: Language;
}

export const EMPTY_STATS: CampaignStats = {
  audience: 0,
  sent: 0,
  delivered: 0,
  bounced: 0,
  complained: 0,
  unsubscribed: 0,
  skipped: 0,
  opened: 0,
  clicked: 0,
  openedAnonymous: 0,
  clickedAnonymous: 0,
};
