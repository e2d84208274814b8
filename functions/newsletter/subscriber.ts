import type { Language } from '../i18n/language.js';

export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

export interface Topic {
  slug: string;
  name: string;
  translations?: { en?: { name?: string } };
}

/** Where a subscription request came from: the newsletter page/API, or the box of an event registration. */
export type ConsentSource = 'newsletter-form' | 'newsletter-api' | `registration:${string}`;

/** Proof of consent (CNIL): when, through what, which wording; the confirmation of the double opt-in too. */
export interface ConsentProof {
  at: string;
  source: ConsentSource;
  textVersion: string;
  confirmedAt?: string;
}

export interface OptOut {
  unsubscribedAt: string;
  /** Absent when the address opted out without ever having subscribed (an event registrant). */
  consent?: ConsentProof;
}

/** One address's relation to the newsletter; an unsubscribed one is kept (address and date only) as proof. */
export interface Subscriber {
  /** Normalised (trimmed, lower case). */
  email: string;
  firstName?: string;
  status: SubscriberStatus;
  topics: string[];
  /** Opens and clicks are counted per person only when this is true (CNIL); else in aggregate only. */
  tracking: boolean;
  /** The language of the confirmed request: its letters come in it where they have a version in it. */
  language?: Language;
  consent?: ConsentProof;
  /**
   * The last subscription request waiting for its double opt-in; until its link is used, a confirmed subscriber
   * stays confirmed and an unsubscribed one stays unsubscribed.
   */
  pending?: {
    nonce: string;
    topics: string[];
    firstName?: string;
    tracking: boolean;
    language?: Language;
    consent: ConsentProof;
    /** When the link expires (ISO); absent from requests made before it was recorded. */
    expiresAt?: string;
  };
  /** Since when the address is opted out (the first unsubscription, while it lasts). */
  unsubscribedAt?: string;
  /** The earlier opt-outs, oldest first, each with the consent it withdrew: the proof outlives a new subscription. */
  optOuts?: OptOut[];
  createdAt: string;
  /** Retention runs from here (subscription, confirmation, preference change, unsubscription). */
  lastInteractionAt: string;
  /** Epoch seconds: set while the address is only pending, so unconfirmed requests expire. */
  ttl?: number;
}
