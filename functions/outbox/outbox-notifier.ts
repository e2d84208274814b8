import type { HubEvent } from '../events/event.js';
import type { RegistrantMail, RegistrationNotifier, ReminderKind } from '../registrations/notifier.js';
import type { Registration } from '../registrations/registration.js';
import type { MailOrder, MailOrders } from './mail-order.js';

/**
 * What of the event a mail needs. No mail shows the description (Markdown and its rendered HTML, up to tens of
 * kilobytes): leaving it out keeps every message far below a table item's 400 KB.
 */
export function snapshot(event: HubEvent): HubEvent {
  const { descriptionHtml: _html, translations, ...rest } = event;
  const english = translations?.en;
  return {
    ...rest,
    description: '',
    ...(english ? { translations: { en: { title: english.title, summary: english.summary } } } : {}),
  };
}

/** The outbox order of a registrant mail. */
export function registrantOrder(mail: RegistrantMail): MailOrder {
  return { ...mail, event: snapshot(mail.event) };
}

/** Registrant mails through the outbox: resolves once the mail is queued, not sent. */
export class OutboxNotifier implements RegistrationNotifier {
  constructor(private readonly outbox: MailOrders) {}

  confirmed(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'confirmed', event: snapshot(event), registration });
  }

  waitlisted(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'waitlisted', event: snapshot(event), registration });
  }

  promoted(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'promoted', event: snapshot(event), registration });
  }

  cancelled(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'cancelled', event: snapshot(event), registration });
  }

  eventUpdated(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'eventUpdated', event: snapshot(event), registration });
  }

  eventCancelled(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'eventCancelled', event: snapshot(event), registration });
  }

  reminder(event: HubEvent, registration: Registration, reminder: ReminderKind): Promise<void> {
    return this.outbox.enqueue({ kind: 'reminder', reminder, event: snapshot(event), registration });
  }

  replayAvailable(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'replayAvailable', event: snapshot(event), registration });
  }
}
