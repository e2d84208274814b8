import { FRENCH_CALENDAR_TEXTS } from '../calendar/ics.js';
import { CANCEL_PATH } from '../registrations/cancellation-link.js';
import { frenchDateTime, frenchPeriod } from '../shared/paris-dates.js';
import type { EventMailKind, MailTexts } from './mail-texts.js';
import { Fragment, markup, plain } from './render.js';
import { TEMPLATES } from './templates.generated.js';

const SUBJECTS: Record<EventMailKind, string> = {
  confirmed: 'Inscription confirmée',
  waitlisted: 'Liste d’attente',
  promoted: 'Une place s’est libérée, votre inscription est confirmée',
  cancelled: 'Désinscription enregistrée',
  eventUpdated: 'Changement de date ou de lieu',
  eventCancelled: 'Événement annulé',
  'reminder-day-before': 'C’est demain',
  'reminder-hour-before': 'Dans une heure',
  replayAvailable: 'Le replay est en ligne',
};

const SEATED = 'Vous ne pourrez finalement pas venir ? Libérez votre place pour une autre personne :';

export const FRENCH_MAIL_TEXTS: MailTexts = {
  language: 'fr',
  templates: TEMPLATES,
  period: frenchPeriod,
  eventText: (event, field) => event[field],
  eventPagePath: (slug) => `/evenements/${encodeURIComponent(slug)}`,
  event: {
    subject: (kind, title) => `${SUBJECTS[kind]} : ${title}`,
    cancelInvitation: {
      seated: SEATED,
      waitlisted: 'Vous ne souhaitez plus attendre ?',
      changed: 'Ces nouvelles informations ne vous conviennent pas ?',
      reminder: 'Un empêchement ? Prévenez-nous en libérant votre place :',
    },
    reason: (title, email) =>
      `Vous recevez ce message parce que vous vous êtes inscrit·e à « ${title} » avec l’adresse ${email}.`,
    joinLink: (url) =>
      new Fragment(
        markup`en ligne, <a href="${url}">rejoindre la session</a> (${url})`,
        plain`en ligne, ${url}`,
      ),
    onlineReserved:
      'en ligne (le lien de connexion est réservé aux personnes dont l’inscription est confirmée)',
    toBeAnnounced: 'lieu communiqué prochainement',
    calendarFile: { request: 'invitation.ics', cancel: 'annulation.ics' },
    calendar: FRENCH_CALENDAR_TEXTS,
    cancelPath: CANCEL_PATH,
  },
  newsletter: {
    subject: 'Confirmez votre abonnement à la lettre de la filière',
    preview: 'Un clic pour confirmer votre abonnement.',
    reason: (email) =>
      `Vous recevez ce message parce qu’un abonnement à la lettre d’information a été demandé pour l’adresse ${email}.`,
    expiresOn: (at) => `${frenchDateTime(at)} (heure de Paris)`,
  },
};
