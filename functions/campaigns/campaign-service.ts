import type { Language } from '../i18n/language.js';
import type { Clock } from '../shared/clock.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Mailer } from '../mail/mailer.js';
import { singleLine } from '../mail/links.js';
import type { NewsletterLinks } from '../newsletter/newsletter-links.js';
import type { Queue } from '../queue/queue.js';
import type { Campaign, CampaignContent } from './campaign.js';
import { EMPTY_STATS } from './campaign.js';
import type { CampaignCompiler, CompiledCampaign } from './campaign-compiler.js';
import type { CampaignMessage } from './campaign-messages.js';
import type { CampaignStaffMails } from './campaign-mails.js';
import {
  CANCELLABLE_STATUSES,
  SENDABLE_STATUSES,
  assertCancellable,
  assertEditable,
  assertSendable,
  checkCampaignBody,
  isArchived,
  numberedAfter,
  personalise,
  type PauseThresholds,
} from './campaign-rules.js';
import type { CampaignAdminStore } from './campaign-store.js';
import { noShowsKnown } from './campaign-audience.js';
import { frenchDateTime } from '../shared/paris-dates.js';
import { pauseIfUnhealthy } from './campaign-auto-pause.js';

export interface CampaignServiceDeps {
  store: CampaignAdminStore;
  compiler: CampaignCompiler;
  queue: Queue;
  links: NewsletterLinks;
  mailerFor(fromName: string | undefined): Mailer;
  staffMails: CampaignStaffMails;
  staffEmails: string[];
  /** Topic slugs that exist, to check an audience. */
  topicSlugs(): Promise<string[]>;
  /** When an event ends (ISO); undefined when there is no such event. */
  eventEndsAt(id: string): Promise<string | undefined>;
  pause: PauseThresholds;
  clock: Clock;
}

/** A letter compiled, with its English version when it has one. */
type CompiledLetters = CompiledCampaign & { english: Campaign['english'] };

const PREVIEW_VALUES = { firstName: 'Camille' };

/** What staff do with campaigns: write, preview, test, send or schedule, cancel, resume, duplicate. */
export class CampaignService {
  constructor(private readonly deps: CampaignServiceDeps) {}

  async create(content: CampaignContent, createdBy: string): Promise<Campaign> {
    const compiled = await this.prepare(content);
    const now = this.deps.clock.now();
    const { english, ...french } = compiled;
    const campaign: Campaign = {
      ...content,
      ...french,
      ...(english ? { english } : {}),
      id: newId(now),
      status: 'draft',
      round: 0,
      pendingMessages: 0,
      stats: { ...EMPTY_STATS },
      createdBy,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await this.deps.store.create(campaign);
    return campaign;
  }

  async update(id: string, content: CampaignContent): Promise<Campaign> {
    assertEditable(await this.get(id));
    const updated = await this.deps.store.updateContent(
      id,
      { ...content, ...(await this.prepare(content)) },
      this.deps.clock.now(),
    );
    if (!updated) assertEditable(await this.get(id));
    return updated as Campaign;
  }

  async get(id: string): Promise<Campaign> {
    const campaign = await this.deps.store.get(id);
    if (!campaign) throw new NotFoundError('Cette campagne est introuvable.');
    return campaign;
  }

  list(): Promise<Campaign[]> {
    return this.deps.store.list();
  }

  async preview(id: string): Promise<{ html: string; text: string }> {
    const campaign = await this.get(id);
    return personalise(campaign, {
      ...PREVIEW_VALUES,
      unsubscribeUrl: '#desabonnement',
      preferencesUrl: '#preferences',
      // A campaign kept out of the archive has no public page to show; each recipient gets their own link.
      webVersionUrl: isArchived(campaign) ? this.deps.links.webVersionUrl(campaign.id) : '#version-web',
    });
  }

  /** A test goes to staff addresses only, marked as such, with the same headers as the real send. */
  async testSend(id: string, to: string[]): Promise<void> {
    const outsiders = to.filter((email) => !this.deps.staffEmails.includes(email.trim().toLowerCase()));
    if (outsiders.length) {
      throw new ValidationError({
        to: [`Les envois de test ne vont qu’aux adresses de l’équipe : ${outsiders.join(', ')} refusée(s).`],
      });
    }
    const campaign = await this.get(id);
    const mailer = this.deps.mailerFor(campaign.fromName);
    for (const email of to) {
      const { links } = this.deps;
      const { headers, ...personal } = links.personalLinks(email);
      await mailer.send({
        to: [email],
        subject: singleLine(`[Test] ${campaign.subject}`),
        ...personalise(campaign, {
          ...PREVIEW_VALUES,
          ...personal,
          webVersionUrl: links.webVersionUrlFor(campaign, { email, ...PREVIEW_VALUES }),
        }),
        headers,
      });
    }
  }

  /** Now, or at `at` (scheduled). A time already past means now. */
  async send(id: string, at?: string): Promise<Campaign> {
    const campaign = await this.get(id);
    assertSendable(campaign);
    const now = this.deps.clock.now();
    await this.assertAudienceKnownAt(campaign, at && new Date(at) > now ? new Date(at) : now);
    if (at && new Date(at).getTime() > now.getTime()) {
      const scheduled = await this.deps.store.transition(
        id,
        SENDABLE_STATUSES,
        'scheduled',
        { scheduledAt: new Date(at).toISOString() },
        now,
      );
      if (!scheduled) assertSendable(await this.get(id));
      return scheduled as Campaign;
    }
    const sending = await this.deps.store.transition(
      id,
      SENDABLE_STATUSES,
      'sending',
      { startedAt: now.toISOString(), scheduledAt: null, newRound: true },
      now,
    );
    if (!sending) {
      assertSendable(await this.get(id));
      throw new ValidationError({}, 'Envoi impossible.');
    }
    await this.enqueueFanout(sending);
    return sending;
  }

  async cancel(id: string): Promise<Campaign> {
    assertCancellable(await this.get(id));
    const now = this.deps.clock.now();
    const cancelled = await this.deps.store.transition(id, CANCELLABLE_STATUSES, 'cancelled', {}, now);
    if (!cancelled) assertCancellable(await this.get(id));
    return cancelled as Campaign;
  }

  /**
   * Resumes a paused campaign: the audience is fanned out again and the send markers skip whoever was
   * served; rates are judged afresh from here (staff looked at the cause).
   */
  async resume(id: string): Promise<Campaign> {
    const now = this.deps.clock.now();
    const { sent, bounced, complained } = (await this.get(id)).stats;
    const resumed = await this.deps.store.transition(
      id,
      ['paused'],
      'sending',
      { pausedReason: null, newRound: true, baseline: { sent, bounced, complained } },
      now,
    );
    if (!resumed) {
      const current = await this.get(id);
      throw new ValidationError(
        {},
        `Seule une campagne en pause peut reprendre (statut : ${current.status}).`,
      );
    }
    await this.enqueueFanout(resumed);
    return resumed;
  }

  async duplicate(id: string, createdBy: string): Promise<Campaign> {
    const { subject, preheader, fromName, audience, archive, mjml } = await this.get(id);
    return this.create({ subject, preheader, fromName, audience, archive, mjml }, createdBy);
  }

  /** Pauses a sending campaign whose bounce or complaint rate passed its threshold, and tells staff. */
  pauseIfUnhealthy(campaign: Campaign): Promise<boolean> {
    return pauseIfUnhealthy(this.deps, campaign);
  }

  private async assertAudienceKnownAt(campaign: Campaign, at: Date): Promise<void> {
    const { event } = campaign.audience;
    if (event?.who !== 'no-shows') return;
    const endsAt = await this.deps.eventEndsAt(event.id);
    if (noShowsKnown(endsAt, at)) return;
    throw new ValidationError({
      'audience.event.who': [
        endsAt
          ? `Les absents ne sont connus qu’après la fin de l’événement (${frenchDateTime(endsAt)}) : programmez l’envoi après.`
          : 'Cet événement est introuvable.',
      ],
    });
  }

  private async enqueueFanout(campaign: Campaign): Promise<void> {
    const message: CampaignMessage = { type: 'fanout', campaignId: campaign.id, round: campaign.round };
    await this.deps.queue.send([JSON.stringify(message)]);
  }

  /** Checks and compiles the letter, and its English version beside it. */
  private async prepare(content: CampaignContent): Promise<CompiledLetters> {
    const english = content.translations?.en;
    if (english) checkCampaignBody(english.mjml);
    const french = await this.compile(content);
    if (!english) return { ...french, english: undefined };
    const compiled = await this.compile({ ...english, audience: content.audience }, 'en');
    return {
      ...french,
      links: [...french.links, ...compiled.links],
      english: numberedAfter(compiled, french.links.length),
    };
  }

  private async compile(content: CampaignContent, language?: Language): Promise<CompiledCampaign> {
    checkCampaignBody(content.mjml);
    const { topics, event } = content.audience;
    if (!topics?.length && !event)
      throw new ValidationError({ audience: ['Choisissez des thèmes ou un événement.'] });
    if (topics?.length) {
      const known = await this.deps.topicSlugs();
      const unknown = topics.filter((slug) => !known.includes(slug));
      if (unknown.length)
        throw new ValidationError({ 'audience.topics': [`Thème inconnu : ${unknown.join(', ')}.`] });
    }
    if (event && !(await this.deps.eventEndsAt(event.id))) {
      throw new ValidationError({ 'audience.event.id': ['Cet événement est introuvable.'] });
    }
    const compiled = await this.deps.compiler.compile({ ...content, language });
    if (compiled.html.length > 300_000)
      throw new ValidationError({ mjml: ['La lettre compilée dépasse 300 Ko : allégez-la.'] });
    return compiled;
  }
}
