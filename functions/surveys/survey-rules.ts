import type { HubEvent } from '../events/event.js';
import type { Registration } from '../registrations/registration.js';
import {
  SCORE_QUESTIONS,
  type Survey,
  type SurveyAnswer,
  type SurveyInvitation,
  type SurveyResults,
} from './survey.js';

const DAY = 24 * 60 * 60 * 1000;
/** The one reminder goes to those who have not answered this long after the invitation. */
export const REMINDER_AFTER_MS = 3 * DAY;
/** An event that ended longer ago than this gets no survey (the job does not reread every past event). */
export const INVITE_WITHIN_MS = 14 * DAY;

/** Whether the survey of this event is to be sent now: it ended, recently, and was held. */
export function surveyDue(event: Pick<HubEvent, 'endsAt' | 'status'>, now: Date): boolean {
  const ended = now.getTime() - Date.parse(event.endsAt);
  return event.status === 'published' && ended >= 0 && ended <= INVITE_WITHIN_MS;
}

/** Whether the job reads this event's survey at all: its invitation or its reminder may be due. */
export function surveyFollowUpDue(event: Pick<HubEvent, 'endsAt' | 'status'>, now: Date): boolean {
  const ended = now.getTime() - Date.parse(event.endsAt);
  return event.status === 'published' && ended >= 0 && ended <= INVITE_WITHIN_MS + REMINDER_AFTER_MS;
}

export function reminderDue(survey: Survey, now: Date): boolean {
  return (
    !survey.closedAt &&
    !survey.remindedAt &&
    now.getTime() - Date.parse(survey.invitedAt) >= REMINDER_AFTER_MS
  );
}

/**
 * Who is asked: with attendance, every confirmed registrant who signed at least one half-day; without it, every
 * one checked in.
 */
export function surveyParticipants(
  registrations: Registration[],
  attendance: { taken: boolean; signers: Set<string> },
): Registration[] {
  return registrations.filter(
    (registration) =>
      registration.status === 'confirmed' &&
      (attendance.taken ? attendance.signers.has(registration.id) : Boolean(registration.checkedInAt)),
  );
}

function average(values: number[]): number | null {
  if (!values.length) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100;
}

export function surveyResults(survey: Survey | undefined, invitations: SurveyInvitation[]): SurveyResults {
  const answers = invitations.flatMap((invitation) => (invitation.answer ? [invitation.answer] : []));
  const yes = answers.filter((answer) => answer.recommend).length;
  const averages = Object.fromEntries(
    SCORE_QUESTIONS.map((question) => [question, average(answers.map((answer) => answer[question]))]),
  ) as SurveyResults['averages'];
  const distribution = Object.fromEntries(
    SCORE_QUESTIONS.map((question) => [
      question,
      [1, 2, 3, 4, 5].map((score) => answers.filter((answer) => answer[question] === score).length),
    ]),
  ) as SurveyResults['distribution'];
  return {
    invited: invitations.length,
    answered: answers.length,
    averages,
    recommend: answers.length ? Math.round((yes / answers.length) * 100) / 100 : null,
    distribution,
    recommendCounts: { yes, no: answers.length - yes },
    ...(survey?.closedAt ? { closedAt: survey.closedAt } : {}),
  };
}

/**
 * Anonymous rows must not be matched to people by their order or time: they are sorted by their content, and
 * carry no date.
 */
export function anonymousOrder(a: SurveyAnswer, b: SurveyAnswer): number {
  return (
    b.overall - a.overall ||
    b.content - a.content ||
    b.trainers - a.trainers ||
    Number(b.recommend) - Number(a.recommend) ||
    (a.comment ?? '').localeCompare(b.comment ?? '')
  );
}
