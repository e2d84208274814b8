import type { Language } from '../i18n/language.js';
import type { Subscriber, SubscriberStatus, Topic } from './subscriber.js';

export interface PendingRequest {
  email: string;
  nonce: string;
  topics: string[];
  firstName?: string;
  tracking: boolean;
  /** Absent: French. */
  language?: Language;
  consent: Subscriber['consent'] & object;
  /** When the request expires if never confirmed. */
  expiresAt: Date;
}

/** Newsletter subscribers and topics as the public reaches them. Addresses are normalised by the caller. */
export interface SubscriberStore {
  listTopics(): Promise<Topic[]>;
  putTopic(topic: Topic): Promise<void>;
  /** The subscriber, or undefined when unknown or when only an expired request remains. */
  get(email: string, now: Date): Promise<Subscriber | undefined>;
  /**
   * Records a request for double opt-in; a confirmed subscriber stays confirmed, an unsubscribed one unsubscribed,
   * until the link is used.
   */
  recordRequest(request: PendingRequest, now: Date): Promise<void>;
  /**
   * Confirms the request carrying this nonce, with its consent; an opt-out it ends goes to `optOuts`. Undefined
   * when no such request is pending.
   */
  confirm(email: string, nonce: string, now: Date): Promise<Subscriber | undefined>;
  updatePreferences(
    email: string,
    change: { topics: string[]; tracking: boolean },
    now: Date,
  ): Promise<Subscriber | undefined>;
  /**
   * Marks the address unsubscribed, creating the opt-out record when the address was unknown; an address already
   * unsubscribed keeps the date of its opt-out.
   */
  unsubscribe(email: string, now: Date): Promise<void>;
}

/** The public operations, plus topics for staff, batch reads, listings and erasure. */
export interface SubscriberAdminStore extends SubscriberStore {
  /** False when the slug is taken. */
  createTopic(topic: Topic): Promise<boolean>;
  /** False when no such topic. */
  /** The topic renamed, or undefined when there is no such topic. */
  renameTopic(slug: string, change: Omit<Topic, 'slug'>): Promise<Topic | undefined>;
  /** False when no such topic. Subscribers keep the slug, harmlessly: audiences only name live topics. */
  deleteTopic(slug: string): Promise<boolean>;
  getMany(emails: string[], now: Date): Promise<Map<string, Subscriber>>;
  /** One page of subscribers with a status; `cursor` continues the listing. */
  listByStatus(status: SubscriberStatus, cursor?: string): Promise<{ items: Subscriber[]; cursor?: string }>;
  delete(email: string): Promise<void>;
}
