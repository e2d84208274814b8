import type { HubEvent } from '../events/event.js';
import type { Registration } from '../registrations/registration.js';
import type { RegistrationNotifier, ReminderKind } from '../registrations/notifier.js';
import { cancellationUrl } from '../registrations/cancellation-link.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { Clock } from '../shared/clock.js';
import { invitation, type Organiser } from '../calendar/ics.js';
import type { MailAttachment, Mailer } from './mailer.js';
import { Fragment, markup, plain, renderTemplate, type TemplateValue } from './render.js';
import type { TemplateName } from './templates.generated.js';
import { frenchPeriod } from '../shared/paris-dates.js';
import { eventPageUrl, singleLine } from './links.js';
import { replayPageUrl } from '../replays/replay-link.js';

export interface EventMailsOptions {
  baseUrl: string;
  signer: LinkSigner;
  organiser: Organiser;
  clock: Clock;
}

interface MailPlan {
  template: TemplateName;
  subject: string;
  /** Whether this mail is for someone holding a seat: only they may see a webinar's join URL. */
  seated: boolean;
  calendar?: 'REQUEST' | 'CANCEL';
  /** The sentence before the personal cancellation link; absent when there is nothing left to cancel. */
  cancelInvitation?: string;
}

/**
 * What registrants receive: one mail per notification, in French, with the personal cancellation
 * link, the event page and, when the calendar entry changes, an iCalendar invitation.
 */
export class EventMails implements RegistrationNotifier {
  constructor(
    private readonly mailer: Mailer,
    private readonly options: EventMailsOptions,
  ) {}

  confirmed(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, {
      template: 'confirmation',
      subject: `Inscription confirmée : ${event.title}`,
      seated: true,
      calendar: 'REQUEST',
      cancelInvitation:
        'Vous ne pourrez finalement pas venir ? Libérez votre place pour une autre personne :',
    });
  }

  waitlisted(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, {
      template: 'waitlisted',
      subject: `Liste d’attente : ${event.title}`,
      seated: false,
      cancelInvitation: 'Vous ne souhaitez plus attendre ?',
    });
  }

  promoted(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, {
      template: 'promoted',
      subject: `Une place s’est libérée, votre inscription est confirmée : ${event.title}`,
      seated: true,
      calendar: 'REQUEST',
      cancelInvitation:
        'Vous ne pourrez finalement pas venir ? Libérez votre place pour une autre personne :',
    });
  }

  cancelled(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, {
      template: 'registration-cancelled',
      subject: `Désinscription enregistrée : ${event.title}`,
      seated: false,
      calendar: 'CANCEL',
    });
  }

  eventUpdated(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, {
      template: 'event-updated',
      subject: `Changement de date ou de lieu : ${event.title}`,
      seated: registration.status === 'confirmed',
      calendar: registration.status === 'confirmed' ? 'REQUEST' : undefined,
      cancelInvitation: 'Ces nouvelles informations ne vous conviennent pas ?',
    });
  }

  eventCancelled(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, {
      template: 'event-cancelled',
      subject: `Événement annulé : ${event.title}`,
      seated: false,
      calendar: 'CANCEL',
    });
  }

  reminder(event: HubEvent, registration: Registration, kind: ReminderKind): Promise<void> {
    return this.send(event, registration, {
      template: kind === 'day-before' ? 'reminder-day-before' : 'reminder-hour-before',
      subject: `${kind === 'day-before' ? 'C’est demain' : 'Dans une heure'} : ${event.title}`,
      seated: registration.status === 'confirmed',
      cancelInvitation: 'Un empêchement ? Prévenez-nous en libérant votre place :',
    });
  }

  replayAvailable(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(
      event,
      registration,
      { template: 'replay-available', subject: `Le replay est en ligne : ${event.title}`, seated: false },
      { replayUrl: replayPageUrl(this.options.baseUrl, this.options.signer, event, registration.id) },
    );
  }

  private async send(
    event: HubEvent,
    registration: Registration,
    plan: MailPlan,
    extra: Record<string, TemplateValue> = {},
  ): Promise<void> {
    const { baseUrl, signer } = this.options;
    const showJoinUrl = plan.seated && registration.status !== 'cancelled';
    const when = frenchPeriod(event.startsAt, event.endsAt);
    const values: Record<string, TemplateValue> = {
      subject: singleLine(plan.subject),
      preview: `${event.title} — ${when}`,
      reason: `Vous recevez ce message parce que vous vous êtes inscrit·e à « ${event.title} » avec l’adresse ${registration.email}.`,
      firstName: registration.firstName,
      eventTitle: event.title,
      when,
      where: where(event, showJoinUrl),
      eventUrl: eventPageUrl(baseUrl, event),
      hubUrl: `${baseUrl}/`,
      ...(plan.cancelInvitation
        ? {
            cancelInvitation: plan.cancelInvitation,
            cancelUrl: cancellationUrl(baseUrl, signer, registration, event),
          }
        : {}),
      ...extra,
    };
    const attachments: MailAttachment[] = plan.calendar
      ? [this.calendarAttachment(event, registration, plan.calendar, showJoinUrl)]
      : [];
    await this.mailer.send({
      to: [registration.email],
      subject: singleLine(plan.subject),
      ...renderTemplate(plan.template, values),
      attachments,
    });
  }

  private calendarAttachment(
    event: HubEvent,
    registration: Registration,
    method: 'REQUEST' | 'CANCEL',
    includeJoinUrl: boolean,
  ): MailAttachment {
    const { baseUrl, organiser, clock } = this.options;
    return {
      filename: method === 'CANCEL' ? 'annulation.ics' : 'invitation.ics',
      contentType: 'text/calendar; charset=utf-8',
      content: invitation(
        event,
        { method, registration, includeJoinUrl },
        { baseUrl, organiser, now: clock.now() },
      ),
      method,
    };
  }
}

/** Where to go: the venue, the join link for seated registrants only, or a hint that it will come. */
function where(event: HubEvent, showJoinUrl: boolean): TemplateValue {
  if (event.venue) {
    const { name, address, city } = event.venue;
    return new Fragment(markup`${name}<br />${address}, ${city}`, plain`${name}, ${address}, ${city}`);
  }
  if (event.joinUrl && showJoinUrl && /^https?:\/\//i.test(event.joinUrl)) {
    const url = event.joinUrl;
    return new Fragment(
      markup`en ligne, <a href="${url}">rejoindre la session</a> (${url})`,
      plain`en ligne, ${url}`,
    );
  }
  if (event.joinUrl)
    return 'en ligne (le lien de connexion est réservé aux personnes dont l’inscription est confirmée)';
  return 'lieu communiqué prochainement';
}
