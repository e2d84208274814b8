import type { HubEvent } from '../events/event.js';
import type { RegistrationNotifier, ReminderKind } from '../registrations/notifier.js';
import type { Registration } from '../registrations/registration.js';
import type { MailOutbox } from './mail-outbox.js';

/** Registrant mails through the outbox: resolves once the mail is queued, not sent. */
export class OutboxNotifier implements RegistrationNotifier {
  constructor(private readonly outbox: MailOutbox) {}

  confirmed(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'confirmed', event, registration });
  }

  waitlisted(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'waitlisted', event, registration });
  }

  promoted(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'promoted', event, registration });
  }

  cancelled(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'cancelled', event, registration });
  }

  eventUpdated(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'eventUpdated', event, registration });
  }

  eventCancelled(event: HubEvent, registration: Registration): Promise<void> {
    return this.outbox.enqueue({ kind: 'eventCancelled', event, registration });
  }

  reminder(event: HubEvent, registration: Registration, reminder: ReminderKind): Promise<void> {
    return this.outbox.enqueue({ kind: 'reminder', reminder, event, registration });
  }
}
