import type { HubEvent } from '../events/event.js';
import type { Mailer } from '../mail/mailer.js';
import { renderTemplate } from '../mail/render.js';
import { singleLine } from '../mail/links.js';
import type { Registration } from '../registrations/registration.js';
import type { SurveyNotifier } from './survey-notifier.js';

/** The survey's invitation and its one reminder, each with the person's own link (sent by the mail worker). */
export class SurveyMails implements SurveyNotifier {
  constructor(private readonly mailer: Mailer) {}

  async invitation(
    event: HubEvent,
    registration: Registration,
    surveyUrl: string,
    reminder: boolean,
  ): Promise<void> {
    const subject = singleLine(
      reminder ? `Rappel : votre avis sur « ${event.title} »` : `Votre avis sur « ${event.title} »`,
    );
    await this.mailer.send({
      to: [registration.email],
      subject,
      ...renderTemplate('survey-invitation', {
        subject,
        preview: 'Cinq questions, deux minutes.',
        reason: `Vous recevez ce message parce que vous avez participé à « ${event.title} » (inscription avec l’adresse ${registration.email}).`,
        heading: reminder ? 'Il est encore temps de donner votre avis' : 'Votre avis nous intéresse',
        firstName: registration.firstName,
        eventTitle: event.title,
        request: reminder
          ? 'Vous n’avez pas encore répondu à l’enquête de satisfaction : c’est le seul rappel que vous recevrez.'
          : 'Pourriez-vous répondre à l’enquête de satisfaction ?',
        surveyUrl,
      }),
    });
  }
}
