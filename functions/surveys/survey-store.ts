import type { Survey, SurveyAnswer, SurveyInvitation } from './survey.js';

export type AnswerOutcome = 'saved' | 'closed' | 'not-invited';

/** Port of the surveys. */
export interface SurveyStore {
  get(eventId: string): Promise<Survey | undefined>;
  /** Starts the event's survey: false when it was started already (by this or another run). */
  start(survey: Survey): Promise<boolean>;
  /** Records one invitation: false when this person was invited already (their mail went or is going). */
  invite(invitation: SurveyInvitation): Promise<boolean>;
  invitations(eventId: string): Promise<SurveyInvitation[]>;
  invitation(eventId: string, registrationId: string): Promise<SurveyInvitation | undefined>;
  /** Saves (or replaces) the person's answer, unless the survey was closed meanwhile. */
  answer(eventId: string, registrationId: string, answer: SurveyAnswer): Promise<AnswerOutcome>;
  /** Marks the survey's reminders as going out: false when another run did. */
  startReminders(eventId: string, at: string): Promise<boolean>;
  /** Marks one person reminded: false when they were already (each is reminded once). */
  markReminded(eventId: string, registrationId: string, at: string): Promise<boolean>;
  /** Closes it: false when it was closed already (the first closing stands). */
  close(eventId: string, at: string): Promise<boolean>;
}
