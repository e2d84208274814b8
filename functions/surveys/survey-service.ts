import type { HubEvent } from '../events/event.js';
import type { EventReader } from '../events/event-store.js';
import type { Registration } from '../registrations/registration.js';
import type { RegistrationReader } from '../registrations/registration-store.js';
import type { Clock } from '../shared/clock.js';
import { ConflictError, NotFoundError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { AttendanceReader } from '../attendance/attendance-store.js';
import type { Survey, SurveyAnswer, SurveyInvitation, SurveyResults } from './survey.js';
import type { SurveyNotifier } from './survey-notifier.js';
import {
  reminderDue,
  surveyDue,
  surveyFollowUpDue,
  surveyParticipants,
  surveyResults,
} from './survey-rules.js';
import type { SurveyStore } from './survey-store.js';

export interface SurveyServiceDeps {
  store: SurveyStore;
  events: EventReader & { listPublished(): Promise<HubEvent[]> };
  registrations: RegistrationReader & {
    get(eventId: string, registrationId: string): Promise<Registration | undefined>;
  };
  attendance: Pick<AttendanceReader, 'signatures'>;
  /** Whether the event takes signed attendance (else, check-in says who came). */
  takesAttendance: (event: HubEvent) => boolean;
  /** Queues the mails (the outbox): the job composes none. */
  mails: SurveyNotifier;
  signer: LinkSigner;
  clock: Clock;
  baseUrl: string;
}

/** What the survey page needs to show a person's form. */
export interface SurveyForm {
  event: HubEvent;
  firstName: string;
  answer?: SurveyAnswer;
  closed: boolean;
}

export type AnswerInput = Pick<SurveyAnswer, 'overall' | 'content' | 'trainers' | 'recommend' | 'comment'>;

export interface SurveyRun {
  invited: number;
  reminded: number;
  failed: number;
}

const TOKEN_PURPOSE = 'survey';
const PARALLEL_MAILS = 5;

/**
 * The satisfaction survey: one mail to each participant when the event ends, one reminder three days later to those
 * who have not answered, an answer per person (editable until staff close it), and the results.
 */
export class SurveyService {
  constructor(private readonly deps: SurveyServiceDeps) {}

  /**
   * Sends what is due: the invitations of events that just ended, the reminders of surveys three days old. Runs
   * every minute with the reminder job and may overlap with itself: each person is invited and reminded once.
   */
  async runDue(now: Date): Promise<SurveyRun> {
    const run: SurveyRun = { invited: 0, reminded: 0, failed: 0 };
    for (const event of await this.deps.events.listPublished()) {
      if (!surveyFollowUpDue(event, now)) continue;
      const survey = await this.deps.store.get(event.id);
      if (!survey) {
        if (surveyDue(event, now)) await this.invite(event, now, run);
      } else if (reminderDue(survey, now)) {
        await this.remind(event, survey, now, run);
      }
    }
    return run;
  }

  private async invite(event: HubEvent, now: Date, run: SurveyRun): Promise<void> {
    const participants = await this.participants(event);
    if (!participants.length) return;
    // Started once whatever the overlap: a run that loses this race leaves the invitations to the winner.
    await this.deps.store.start({ eventId: event.id, invitedAt: now.toISOString() });
    await this.inBatches(
      participants,
      async (registration) => {
        const invited = await this.deps.store.invite({
          eventId: event.id,
          registrationId: registration.id,
          invitedAt: now.toISOString(),
        });
        if (!invited) return;
        await this.deps.mails.invitation(
          event,
          registration,
          this.surveyUrl(event.id, registration.id),
          false,
        );
        run.invited++;
      },
      run,
    );
  }

  private async remind(event: HubEvent, survey: Survey, now: Date, run: SurveyRun): Promise<void> {
    if (!(await this.deps.store.startReminders(event.id, now.toISOString()))) return;
    const waiting = new Set(
      (await this.deps.store.invitations(event.id))
        .filter((invitation) => !invitation.answer && !invitation.remindedAt)
        .map((invitation) => invitation.registrationId),
    );
    const registrations = (await this.deps.registrations.listByEvent(event.id)).filter(
      (registration) => waiting.has(registration.id) && registration.status === 'confirmed',
    );
    await this.inBatches(
      registrations,
      async (registration) => {
        if (!(await this.deps.store.markReminded(event.id, registration.id, now.toISOString()))) return;
        await this.deps.mails.invitation(
          event,
          registration,
          this.surveyUrl(event.id, registration.id),
          true,
        );
        run.reminded++;
      },
      run,
    );
    logger.info('survey reminders sent', { eventId: event.id, invitedAt: survey.invitedAt });
  }

  private async participants(event: HubEvent): Promise<Registration[]> {
    const registrations = await this.deps.registrations.listByEvent(event.id);
    const taken = this.deps.takesAttendance(event);
    const signers = taken
      ? new Set(
          (await this.deps.attendance.signatures(event.id)).map((signature) => signature.registrationId),
        )
      : new Set<string>();
    return surveyParticipants(registrations, { taken, signers });
  }

  /** A failed mail is logged and counted; the person stays invited (their link works from the event's page). */
  private async inBatches(
    registrations: Registration[],
    send: (registration: Registration) => Promise<void>,
    run: SurveyRun,
  ): Promise<void> {
    for (let start = 0; start < registrations.length; start += PARALLEL_MAILS) {
      const outcomes = await Promise.allSettled(registrations.slice(start, start + PARALLEL_MAILS).map(send));
      for (const outcome of outcomes)
        if (outcome.status === 'rejected') {
          run.failed++;
          logger.error('survey mail failed', { error: outcome.reason as Error });
        }
    }
  }

  surveyUrl(eventId: string, registrationId: string): string {
    const token = this.deps.signer.sign(TOKEN_PURPOSE, `${eventId}/${registrationId}`);
    return `${this.deps.baseUrl}/enquete/${encodeURIComponent(token)}`;
  }

  /** The form a personal link opens; NotFoundError for a forged link or a person no longer invited (erased). */
  async form(token: string): Promise<SurveyForm> {
    const { event, invitation, registration } = await this.invited(token);
    const survey = await this.deps.store.get(event.id);
    return {
      event,
      firstName: registration.firstName,
      ...(invitation.answer ? { answer: invitation.answer } : {}),
      closed: Boolean(survey?.closedAt),
    };
  }

  /** Saves the person's answer, replacing an earlier one; ConflictError once the survey is closed. */
  async answer(token: string, input: AnswerInput): Promise<SurveyAnswer> {
    const { event, invitation } = await this.invited(token);
    const now = this.deps.clock.now().toISOString();
    const answer: SurveyAnswer = {
      overall: input.overall,
      content: input.content,
      trainers: input.trainers,
      recommend: input.recommend,
      ...(input.comment?.trim() ? { comment: input.comment.trim() } : {}),
      answeredAt: invitation.answer?.answeredAt ?? now,
      updatedAt: now,
    };
    const outcome = await this.deps.store.answer(event.id, invitation.registrationId, answer);
    if (outcome === 'closed')
      throw new ConflictError('L’enquête est close : les réponses ne changent plus.', 'enquete-close');
    if (outcome === 'not-invited') throw new NotFoundError('Ce lien d’enquête est introuvable.');
    return answer;
  }

  async results(eventId: string): Promise<SurveyResults> {
    await this.event(eventId);
    const [survey, invitations] = await Promise.all([
      this.deps.store.get(eventId),
      this.deps.store.invitations(eventId),
    ]);
    return surveyResults(survey, invitations);
  }

  /** Closes the survey; ConflictError when it never started. Closing twice keeps the first date. */
  async close(eventId: string): Promise<SurveyResults> {
    await this.event(eventId);
    const survey = await this.deps.store.get(eventId);
    if (!survey) throw new ConflictError('L’enquête n’a pas encore été envoyée.', 'enquete-non-envoyee');
    await this.deps.store.close(eventId, this.deps.clock.now().toISOString());
    return this.results(eventId);
  }

  /** The answers with the event and its registrations, for the CSV. */
  async answers(eventId: string): Promise<{
    event: HubEvent;
    rows: { invitation: SurveyInvitation & { answer: SurveyAnswer }; registration?: Registration }[];
  }> {
    const event = await this.event(eventId);
    const [invitations, registrations] = await Promise.all([
      this.deps.store.invitations(eventId),
      this.deps.registrations.listByEvent(eventId),
    ]);
    const byId = new Map(registrations.map((registration) => [registration.id, registration]));
    const rows = invitations.flatMap((invitation) =>
      invitation.answer
        ? [
            {
              invitation: { ...invitation, answer: invitation.answer },
              registration: byId.get(invitation.registrationId),
            },
          ]
        : [],
    );
    return { event, rows };
  }

  private async invited(token: string) {
    const subject = this.deps.signer.verify(TOKEN_PURPOSE, token);
    const [eventId, registrationId] = subject?.split('/') ?? [];
    const notFound = new NotFoundError('Ce lien d’enquête est introuvable.');
    if (!eventId || !registrationId) throw notFound;
    const invitation = await this.deps.store.invitation(eventId, registrationId);
    const event = invitation && (await this.deps.events.get(eventId));
    const registration = event && (await this.deps.registrations.get(eventId, registrationId));
    if (!invitation || !event || !registration) throw notFound;
    return { event, invitation, registration };
  }

  private async event(id: string): Promise<HubEvent> {
    const event = await this.deps.events.get(id);
    if (!event) throw new NotFoundError('Cet événement est introuvable.');
    return event;
  }
}
