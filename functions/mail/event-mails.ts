import type { HubEvent } from '../events/event.js';
import type { Registration } from '../registrations/registration.js';
import type { RegistrationNotifier, ReminderKind } from '../registrations/notifier.js';
import { cancellationUrl } from '../registrations/cancellation-link.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { Mailer } from './mailer.js';

export interface EventMailsOptions {
  baseUrl: string;
  signer: LinkSigner;
}

/** What registrants receive: one mail per notification, sent through the Mailer port. */
export class EventMails implements RegistrationNotifier {
  constructor(
    private readonly mailer: Mailer,
    private readonly options: EventMailsOptions,
  ) {}

  confirmed(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, `Inscription confirmée : ${event.title}`);
  }
  waitlisted(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, `Liste d’attente : ${event.title}`);
  }
  promoted(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, `Une place s’est libérée : ${event.title}`);
  }
  cancelled(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, `Désinscription enregistrée : ${event.title}`);
  }
  eventUpdated(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, `Changement : ${event.title}`);
  }
  eventCancelled(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, `Annulé : ${event.title}`);
  }
  reminder(event: HubEvent, registration: Registration, kind: ReminderKind): Promise<void> {
    return this.send(
      event,
      registration,
      `${kind === 'day-before' ? 'Demain' : 'Dans une heure'} : ${event.title}`,
    );
  }

  private async send(event: HubEvent, registration: Registration, subject: string): Promise<void> {
    const cancelUrl = cancellationUrl(this.options.baseUrl, this.options.signer, registration);
    const text = `${event.title}\n\n${this.options.baseUrl}/evenements/${event.slug}\n\nSe désinscrire : ${cancelUrl}\n`;
    await this.mailer.send({
      to: [registration.email],
      subject: subject.replace(/[\r\n]+/g, ' '),
      text,
      html: `<pre>${text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>`,
    });
  }
}
