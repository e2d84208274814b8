import type { HubEvent } from '../events/event.js';
import type { Registration } from '../registrations/registration.js';
import type { SurveyNotifier } from '../surveys/survey-notifier.js';
import type { MailOrders } from './mail-order.js';
import { snapshot } from './outbox-notifier.js';

/** The survey's mails through the outbox: resolves once the mail is queued, not sent. */
export class OutboxSurveyNotifier implements SurveyNotifier {
  constructor(private readonly outbox: MailOrders) {}

  invitation(
    event: HubEvent,
    registration: Registration,
    surveyUrl: string,
    reminder: boolean,
  ): Promise<void> {
    return this.outbox.enqueue({
      kind: 'surveyInvitation',
      event: snapshot(event),
      registration,
      surveyUrl,
      reminder,
    });
  }
}
