import type { Language } from '../i18n/language.js';
import { localText } from '../i18n/translations.js';
import { randomBytes } from 'node:crypto';
import type { Clock } from '../shared/clock.js';
import { SUBSCRIPTION_MAILS } from '../limits/rate-limit-rules.js';
import type { RateLimitService } from '../limits/rate-limit-service.js';
import type { LinkSigner } from '../shared/signed-links.js';
import { GoneError, NotFoundError, ValidationError } from '../shared/errors.js';
import { normaliseEmail } from '../shared/email.js';
import { logger } from '../shared/logger.js';
import type { NewsletterConfirmations } from './newsletter-confirmations.js';
import type { NewsletterLinks } from './newsletter-links.js';
import type { SubscriberStore } from './subscriber-store.js';
import type { ConsentSource, Subscriber, Topic } from './subscriber.js';
import {
  DEFAULT_TOPICS,
  NEWSLETTER_CONSENT_VERSION,
  TOKEN_PURPOSES,
  checkTopics,
  confirmSubject,
  parseConfirmSubject,
} from './newsletter-rules.js';

export interface SubscriptionRequest {
  email: string;
  firstName?: string;
  topics: string[];
  tracking?: boolean;
  /** Absent: French. */
  language?: Language;
  source: ConsentSource;
}

export interface NewsletterServiceDeps {
  store: SubscriberStore;
  mails: NewsletterConfirmations;
  links: NewsletterLinks;
  signer: LinkSigner;
  clock: Clock;
  /** At most one double opt-in mail per address every ten minutes, three a day. */
  limits: Pick<RateLimitService, 'take'>;
  confirmDays: number;
  /** Told after each unsubscription (campaign statistics). */
  onUnsubscribe?: (email: string) => Promise<void>;
}

const INVALID_CONFIRM =
  'Ce lien de confirmation est invalide ou a expiré. Refaites une demande d’abonnement.';
const INVALID_PREFERENCES = 'Ce lien est invalide. Utilisez le lien reçu dans une lettre, sans le modifier.';
const EXPIRED_PREFERENCES =
  'Ce lien de préférences a expiré : utilisez celui de votre dernière lettre. Son lien « Se désabonner » fonctionne toujours.';
const DAY = 24 * 60 * 60 * 1000;

/** Subscriptions with double opt-in, preferences and unsubscription. */
export class NewsletterService {
  constructor(private readonly deps: NewsletterServiceDeps) {}

  listTopics(): Promise<Topic[]> {
    return this.deps.store.listTopics();
  }

  async seedTopics(topics: Topic[] = DEFAULT_TOPICS): Promise<void> {
    for (const topic of topics) await this.deps.store.putTopic(topic);
  }

  /** Records the request and sends the confirmation mail; the caller always answers the same (202). */
  async subscribe(request: SubscriptionRequest): Promise<void> {
    const known = await this.deps.store.listTopics();
    const topics = checkTopics(request.topics, known);
    const now = this.deps.clock.now();
    const email = normaliseEmail(request.email);
    // Past the address's limit nothing is stored nor mailed, and the answer stays the same 202.
    if (!(await this.deps.limits.take(SUBSCRIPTION_MAILS, email)).allowed) return;
    const nonce = randomBytes(9).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.deps.confirmDays * DAY);
    const language = request.language ?? 'fr';
    await this.deps.store.recordRequest(
      {
        email,
        nonce,
        topics,
        firstName: request.firstName,
        tracking: request.tracking ?? false,
        language,
        consent: { at: now.toISOString(), source: request.source, textVersion: NEWSLETTER_CONSENT_VERSION },
        expiresAt,
      },
      now,
    );
    const token = this.deps.signer.sign(TOKEN_PURPOSES.confirm, confirmSubject(email, nonce), expiresAt);
    await this.deps.mails.confirmation({
      to: email,
      topicNames: topics.map((slug) => {
        const topic = known.find((candidate) => candidate.slug === slug);
        return topic ? localText(topic, 'name', language).text : slug;
      }),
      confirmUrl: this.deps.links.confirmUrl(token, language),
      expiresAt,
      language,
    });
  }

  /** A registrant who ticked the newsletter box: the same double opt-in mail, for every topic. */
  async subscribeRegistrant(registration: {
    email: string;
    firstName: string;
    eventId: string;
    language?: Language;
  }): Promise<void> {
    const topics = (await this.deps.store.listTopics()).map((topic) => topic.slug);
    if (!topics.length) return;
    await this.subscribe({
      email: registration.email,
      firstName: registration.firstName,
      topics,
      language: registration.language,
      source: `registration:${registration.eventId}`,
    });
  }

  /** What a confirmation link points at, without confirming (GET may be a link scanner). */
  async previewConfirmation(token: string): Promise<{ email: string; topics: Topic[]; confirmed: boolean }> {
    const { email, nonce } = this.readConfirmToken(token);
    const subscriber = await this.deps.store.get(email, this.deps.clock.now());
    if (!subscriber) throw new GoneError(INVALID_CONFIRM, 'lien-expire');
    const known = await this.deps.store.listTopics();
    const pendingHere = subscriber.pending?.nonce === nonce;
    if (!pendingHere && subscriber.status !== 'confirmed')
      throw new GoneError(INVALID_CONFIRM, 'lien-expire');
    const slugs = pendingHere ? (subscriber.pending?.topics ?? []) : subscriber.topics;
    return { email, topics: known.filter((topic) => slugs.includes(topic.slug)), confirmed: !pendingHere };
  }

  /** Confirms; using the same link again is harmless and answers as the first time. */
  async confirm(token: string): Promise<Subscriber> {
    const { email, nonce } = this.readConfirmToken(token);
    const now = this.deps.clock.now();
    const confirmed = await this.deps.store.confirm(email, nonce, now);
    if (confirmed) return confirmed;
    const current = await this.deps.store.get(email, now);
    if (current?.status === 'confirmed' && current.pending?.nonce !== nonce) return current;
    throw new GoneError(INVALID_CONFIRM, 'lien-expire');
  }

  /** The subscriber a preference link names (an unsubscribed one included). */
  async preferences(token: string): Promise<{ subscriber: Subscriber; topics: Topic[] }> {
    const email = this.readPreferencesToken(token, { expired: 'refused' });
    const subscriber = await this.deps.store.get(email, this.deps.clock.now());
    if (!subscriber) throw new NotFoundError('Aucun abonnement n’est associé à ce lien.');
    return { subscriber, topics: await this.deps.store.listTopics() };
  }

  async updatePreferences(
    token: string,
    change: { topics: string[]; tracking: boolean },
  ): Promise<Subscriber> {
    const email = this.readPreferencesToken(token, { expired: 'refused' });
    const topics = checkTopics(change.topics, await this.deps.store.listTopics());
    const updated = await this.deps.store.updatePreferences(
      email,
      { topics, tracking: change.tracking },
      this.deps.clock.now(),
    );
    if (!updated) throw new NotFoundError('Aucun abonnement actif n’est associé à ce lien.');
    return updated;
  }

  /** One click, no session, whatever the link's age: effective before the next message of any running campaign. */
  async unsubscribe(token: string): Promise<string> {
    const email = this.readPreferencesToken(token, { expired: 'accepted' });
    await this.deps.store.unsubscribe(email, this.deps.clock.now());
    await this.deps
      .onUnsubscribe?.(email)
      .catch((error) => logger.error('unsubscription stats failed', { error }));
    logger.info('newsletter unsubscription');
    return email;
  }

  private readConfirmToken(token: string): { email: string; nonce: string } {
    const subject = this.deps.signer.verify(TOKEN_PURPOSES.confirm, token, this.deps.clock.now());
    const parsed = subject ? parseConfirmSubject(subject) : undefined;
    if (!parsed) throw new ValidationError({ token: [INVALID_CONFIRM] }, INVALID_CONFIRM);
    return parsed;
  }

  private readPreferencesToken(token: string, { expired }: { expired: 'accepted' | 'refused' }): string {
    const link = this.deps.links.readPreferenceLink(token);
    if (!link) throw new ValidationError({ token: [INVALID_PREFERENCES] }, INVALID_PREFERENCES);
    if (link.expired && expired === 'refused') throw new GoneError(EXPIRED_PREFERENCES, 'lien-expire');
    return link.email;
  }
}
