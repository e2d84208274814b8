import type { HubEvent } from '../events/event.js';
import type { Registration } from '../registrations/registration.js';

/** Port: the survey's mail to one person (its invitation, or its one reminder) with their personal link. */
export interface SurveyNotifier {
  invitation(
    event: HubEvent,
    registration: Registration,
    surveyUrl: string,
    reminder: boolean,
  ): Promise<void>;
}
