import type { $ZodErrorMap } from 'zod/v4/core';
import {
  frenchDateRange,
  frenchDateTime,
  frenchMonth,
  parisLongDate,
  parisLongDateTime,
} from '../shared/paris-dates.js';

import { CONSENT_TEXT, NEWSLETTER_TEXT } from '../registrations/registration-rules.js';
import { NEWSLETTER_CONSENT_TEXT, TRACKING_CONSENT_TEXT } from '../newsletter/newsletter-rules.js';

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/**
 * The public pages' French texts. The English ones (en.ts) have the same shape and load only when an English
 * page or answer needs them.
 */
export const fr = {
  language: { code: 'fr', name: 'Français', ogLocale: 'fr_FR' },
  layout: {
    skipLink: 'Aller au contenu',
    brand: 'Filière aimants & terres rares — Auvergne-Rhône-Alpes',
    mainNavigation: 'Navigation principale',
    events: 'Événements',
    newsletter: 'Lettre d’information',
    archive: 'Archives de la lettre',
    kits: 'Kit presse',
    signIn: 'Connexion équipe',
    /** The switch names the other language in that language. */
    switchTo: 'English',
    switchLabel: 'Read this page in English',
    footer:
      'Hub de communication de la filière de recyclage des aimants et terres rares, porté par la Région ' +
      'Auvergne-Rhône-Alpes, FEDERREC Centre et Sud-Est, MagREESource et REEfine.',
    legalNavigation: 'Informations légales',
    legalNotice: 'Mentions légales',
    personalData: 'Données personnelles',
    accessibility: 'Accessibilité',
  },
  share: {
    siteName: 'Filière aimants & terres rares AURA',
    description:
      'Le hub de la filière de recyclage des aimants et terres rares en Auvergne-Rhône-Alpes : journées techniques, ' +
      'webinaires et formations, lettre d’information et kits de communication.',
    imageAlt: 'Filière aimants & terres rares — Auvergne-Rhône-Alpes',
  },
  /** Between a field's name and its message (French typography spaces the colon). */
  fieldSeparator: ' : ',
  formErrors: (n: number) => `Le formulaire contient ${n > 1 ? 'des erreurs' : 'une erreur'}`,
  notFound: {
    title: 'Page introuvable',
    text: 'Cette adresse ne correspond à aucune page du site : elle a peut-être changé, ou contient une faute.',
    events: 'Les événements de la filière',
    kits: 'Les kits de communication',
    newsletter: 'La lettre d’information',
  },
  dates: {
    range: frenchDateRange,
    dateTime: frenchDateTime,
    month: frenchMonth,
    longDate: parisLongDate,
    longDateTime: parisLongDateTime,
    parisTime: 'heure de Paris',
  },
  events: {
    kinds: { 'technical-day': 'Journée technique', webinar: 'Webinaire', training: 'Formation' },
    online: 'En ligne',
    cityAndOnline: (city: string) => `${city} et en ligne`,
    seatsAvailable: 'Places disponibles',
    seatsLeft: (left: number) => (left === 1 ? '1 place restante' : `${left} places restantes`),
    full: 'Complet',
    fullWithWaitlist: 'Complet — liste d’attente',
    upcomingTitle: 'Événements à venir',
    upcomingIntro:
      'Journées techniques, webinaires et formations de la filière de recyclage des aimants et terres rares ' +
      'en Auvergne-Rhône-Alpes.',
    filterLabel: 'Filtrer les événements',
    type: 'Type',
    allTypes: 'Tous les types',
    month: 'Mois',
    allMonths: 'Tous les mois',
    filter: 'Filtrer',
    count: (n: number) => plural(n, 'événement'),
    matching: (n: number) => `correspond${n > 1 ? 'ent' : ''} à votre choix`,
    showAll: 'Voir tous les événements',
    noneMatching: 'Aucun événement ne correspond à ce choix.',
    noneUpcoming: 'Aucun événement n’est programmé pour le moment. Revenez bientôt !',
    seePast: 'Voir les événements passés',
    pastTitle: 'Événements passés',
    pastCount: (n: number) => `${plural(n, 'événement')} passé${n > 1 ? 's' : ''}`,
    nonePast: 'Aucun événement passé pour le moment.',
    seeUpcoming: 'Voir les événements à venir',
    replayAvailable: 'Replay disponible',
    notFoundTitle: 'Événement introuvable',
    notFoundText: 'Cet événement n’existe pas ou n’est pas encore publié.',
    allEvents: '← Tous les événements',
    cancelled: 'Cet événement a été annulé.',
    completed: 'Cet événement est terminé.',
    when: 'Quand',
    where: 'Où',
    onlineNote: 'En ligne : le lien de connexion est envoyé aux inscrits confirmés.',
    speakers: (n: number): string => (n > 1 ? 'Intervenants' : 'Intervenant'),
    organiser: 'Organisation',
    seats: 'Places',
    programme: 'Programme',
  },
  registration: {
    title: 'Inscription',
    fullNoWaitlist: 'Cet événement est complet : les inscriptions ne sont plus possibles.',
    errorsTitle: 'Le formulaire contient des erreurs',
    fields: {
      firstName: 'Prénom',
      lastName: 'Nom',
      email: 'Adresse e-mail',
      organisation: 'Organisation',
      role: 'Fonction',
      consent: 'Consentement',
      newsletter: 'Lettre d’information',
    } as Record<string, string>,
    waitlistNotice:
      'L’événement est complet : votre inscription sera placée sur liste d’attente, et vous recevrez un ' +
      'e-mail si une place se libère.',
    openUntil: (date: string) => `Inscriptions ouvertes jusqu’au ${date}.`,
    requiredHint: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
    optional: ' (facultatif)',
    consent: CONSENT_TEXT,
    newsletterOptIn: NEWSLETTER_TEXT,
    aboutData: 'En savoir plus sur vos données personnelles',
    register: 'M’inscrire',
    registerOnWaitlist: 'M’inscrire sur la liste d’attente',
    waitlistedTitle: 'Inscription sur liste d’attente',
    confirmedTitle: 'Inscription confirmée',
    waitlistedHeading: 'Vous êtes sur la liste d’attente',
    confirmedHeading: 'Votre inscription est confirmée',
    eventFull: 'L’événement est complet.',
    waitlistRank: (rank: number) => ` Vous êtes en position ${rank} sur la liste d’attente.`,
    waitlistPromise: (email: string) =>
      'Si une place se libère, elle vous sera attribuée automatiquement dans l’ordre de la liste et vous ' +
      `recevrez un e-mail de confirmation à l’adresse ${email}.`,
    confirmedText: (firstName: string, email: string) =>
      `Votre inscription est confirmée, ${firstName}. Un e-mail de confirmation avec ` +
      `l’invitation pour votre agenda a été envoyé à l’adresse ${email}.`,
    cancelLinkNote:
      'Chaque e-mail contient un lien personnel pour annuler votre inscription si vous ne pouvez plus venir.',
    alreadyTitle: 'Adresse déjà inscrite',
    alreadyText:
      'Cette adresse e-mail est déjà inscrite à cet événement. L’e-mail de confirmation reçu lors de ' +
      'l’inscription contient le lien pour annuler.',
    backToEvent: 'Retour à la page de l’événement',
    cancelTitle: 'Annuler mon inscription',
    registrationOf: (name: string, email: string, waitlisted: boolean) =>
      `Inscription de ${name} (${email}), ${waitlisted ? 'sur liste d’attente' : 'confirmée'}.`,
    cancelWarning:
      'Si vous annulez, votre place sera proposée à la personne suivante sur la liste d’attente. Vous pourrez ' +
      'vous réinscrire tant que les inscriptions sont ouvertes, sans garantie de place.',
    confirmCancel: 'Confirmer l’annulation',
    keep: 'Garder mon inscription',
    cancelledTitle: 'Inscription annulée',
    cancelledHeading: 'Votre inscription est annulée',
    alreadyCancelled: 'Cette inscription était déjà annulée : il n’y a rien de plus à faire.',
    cancelledText: (email: string) =>
      `Votre inscription est annulée. Un e-mail de confirmation a été envoyé à l’adresse ${email}.`,
    cancelRefused: 'Annulation impossible',
  },
  newsletter: {
    fields: {
      email: 'Adresse e-mail',
      firstName: 'Prénom',
      topics: 'Thèmes',
      consent: 'Consentement',
    } as Record<string, string>,
    topics: 'Thèmes',
    pageTitle: 'Lettre d’information',
    heading: 'Recevoir la lettre d’information',
    intro: 'Choisissez vos thèmes : vous recevrez un e-mail pour confirmer votre abonnement.',
    email: 'Adresse e-mail',
    firstName: 'Prénom (facultatif)',
    consent: NEWSLETTER_CONSENT_TEXT,
    tracking: TRACKING_CONSENT_TEXT,
    subscribe: 'M’abonner',
    checkInboxTitle: 'Vérifiez votre boîte mail',
    checkInboxText: (email: string) =>
      `Si l’adresse ${email} peut recevoir la lettre, un e-mail de confirmation vient de lui être envoyé. ` +
      'Votre abonnement ne commencera qu’après avoir cliqué sur le lien qu’il contient.',
    confirmTitle: 'Confirmer mon abonnement',
    confirmText: (email: string, topics: string) => `Abonnement de ${email} aux thèmes : ${topics}.`,
    confirmedTitle: 'Abonnement confirmé',
    confirmedText: (email: string) =>
      `Merci : l’adresse ${email} recevra la lettre d’information de la filière.`,
    managePreferences: 'Gérer mes préférences',
    preferencesTitle: 'Mes préférences',
    saved: 'Vos préférences sont enregistrées.',
    subscriptionOf: (email: string) => `Abonnement de ${email}.`,
    save: 'Enregistrer',
    unsubscribeTitle: 'Se désabonner',
    unsubscribeAll: 'Me désabonner de toutes les lettres',
    unsubscribeText: 'Vous ne recevrez plus aucune lettre ni campagne d’information de la filière.',
    confirmUnsubscribe: 'Confirmer le désabonnement',
    unsubscribedTitle: 'Désabonnement enregistré',
    unsubscribedText: (email: string) =>
      `L’adresse ${email} ne recevra plus la lettre d’information. Vous pouvez vous réabonner à tout moment ` +
      'depuis la page ',
    confirmRefused: 'Confirmation impossible',
    preferencesUnavailable: 'Préférences indisponibles',
    preferencesNotSaved: 'Préférences non enregistrées',
    unsubscribeRefused: 'Désabonnement impossible',
    archiveTitle: 'Archives de la lettre d’information',
    feedTitle: 'Lettre d’information de la filière (Atom)',
    archiveIntro: 'Les lettres déjà envoyées aux abonnés, de la plus récente à la plus ancienne.',
    subscribeLink: 'S’abonner à la lettre',
    followFeed: 'Suivre par flux Atom',
    sentOn: 'envoyée le',
    noneSent: 'Aucune lettre n’a encore été envoyée.',
    letterNotFound: 'Lettre introuvable',
  },
  signIn: {
    title: 'Connexion de l’équipe',
    intro:
      'Saisissez votre adresse professionnelle : si elle fait partie de l’équipe, vous recevrez un lien de ' +
      'connexion valable 15 minutes.',
    email: 'Adresse e-mail',
    submit: 'Recevoir un lien de connexion',
    sentTitle: 'Vérifiez votre messagerie',
    sentText:
      'Si cette adresse est autorisée, un lien de connexion vient de lui être envoyé (valable 15 minutes).',
    nothingReceived: 'Rien reçu ? Vérifiez les courriers indésirables, puis',
    askAgain: 'demandez un nouveau lien',
  },
  kits: {
    listTitle: 'Kits de communication',
    listIntro:
      'Logos, charte graphique, modèles de documents, communiqués et photos de la filière, toujours dans leur ' +
      'dernière version.',
    partnerSignOut: 'Se déconnecter de l’espace partenaires',
    partnerQuestion: 'Vous êtes membre d’une organisation partenaire ?',
    signInLink: 'Connectez-vous',
    partnerKitsHint: 'pour voir les kits qui lui sont réservés.',
    version: 'Version',
    partnersOnly: 'Réservé aux partenaires',
    none: 'Aucun kit n’est disponible pour le moment.',
    allKits: '← Tous les kits',
    publishedOn: (version: number, date: string) => `Version ${version}, publiée le ${date}`,
    whatsNew: 'Nouveautés de cette version :',
    downloadAll: 'Tout télécharger',
    files: 'Fichiers',
    filesCaption: 'Fichiers du kit, avec leur type et leur taille',
    file: 'Fichier',
    type: 'Type',
    size: 'Taille',
    notFoundTitle: 'Kit introuvable',
    notFoundText: 'Ce kit n’existe pas ou ne vous est pas ouvert. Membre d’une organisation partenaire ?',
    optOutTitle: 'Nouvelles versions d’un kit',
    optOutDone: 'C’est noté : vous ne recevrez plus de message quand ce kit change.',
    optOutQuestion: 'Ne plus être prévenu par e-mail des nouvelles versions de ce kit ?',
    optOutButton: 'Ne plus recevoir ces messages',
    invalidLinkTitle: 'Lien invalide',
    invalidLinkHeading: 'Ce lien n’est pas valable',
    invalidLinkText: 'Il est peut-être incomplet : copiez l’adresse entière depuis le message reçu.',
  },
  /** French texts shown as they are (problem details, form messages): English translates them (en.ts). */
  translate: (text: string) => text,
  /** zod's own messages: French through the global configuration (http/validation.ts). */
  validationMessages: undefined as $ZodErrorMap | undefined,
};

export type Messages = typeof fr;
