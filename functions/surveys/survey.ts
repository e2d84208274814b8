/** The five questions' answer, as a trainee or participant last saved it. */
export interface SurveyAnswer {
  /** 1 to 5. */
  overall: number;
  content: number;
  trainers: number;
  recommend: boolean;
  /** Free text, as typed; shown escaped, and in the CSV with formulas neutralised. */
  comment?: string;
  answeredAt: string;
  updatedAt: string;
}

/** One person invited to an event's survey, and their answer once given. */
export interface SurveyInvitation {
  eventId: string;
  registrationId: string;
  invitedAt: string;
  /** The one reminder, when it went out. */
  remindedAt?: string;
  answer?: SurveyAnswer;
}

/** Where an event's survey stands. */
export interface Survey {
  eventId: string;
  /** When the invitations went out (the event had ended). */
  invitedAt: string;
  /** When the reminders to those who had not answered went out. */
  remindedAt?: string;
  /** Staff closed it: answers can no longer change. */
  closedAt?: string;
}

export const SCORE_QUESTIONS = ['overall', 'content', 'trainers'] as const;
export type ScoreQuestion = (typeof SCORE_QUESTIONS)[number];

export const SCORE_LABELS: Record<ScoreQuestion, string> = {
  overall: 'Appréciation générale',
  content: 'Contenu',
  trainers: 'Formateurs ou intervenants',
};

/** What staff read of a survey. */
export interface SurveyResults {
  invited: number;
  answered: number;
  /** Null while nobody answered. */
  averages: Record<ScoreQuestion, number | null>;
  /** The share (0 to 1) of those who answered who would recommend the event; null while nobody answered. */
  recommend: number | null;
  /** How many gave each score, 1 to 5 (index 0 is the score 1). */
  distribution: Record<ScoreQuestion, number[]>;
  recommendCounts: { yes: number; no: number };
  closedAt?: string;
}
