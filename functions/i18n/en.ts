import zodEnglish from 'zod/v4/locales/en.js';
import type { Messages } from './fr.js';
import {
  englishDateRange,
  englishDateTime,
  englishLongDate,
  englishLongDateTime,
  englishMonth,
} from './english-dates.js';
import { englishProblemText } from './english-problem-texts.js';

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** The public pages' English texts, loaded only when an English page or answer needs them (messages.ts). */
export const en: Messages = {
  language: { code: 'en', name: 'English', ogLocale: 'en_GB' },
  layout: {
    skipLink: 'Skip to content',
    brand: 'Magnets & rare earths recycling — Auvergne-Rhône-Alpes',
    mainNavigation: 'Main navigation',
    events: 'Events',
    newsletter: 'Newsletter',
    archive: 'Newsletter archive',
    kits: 'Press kit',
    signIn: 'Staff sign-in',
    switchTo: 'Français',
    switchLabel: 'Lire cette page en français',
    footer:
      'Communication hub of the magnet and rare earth recycling sector, run by the Auvergne-Rhône-Alpes Region, ' +
      'FEDERREC Centre et Sud-Est, MagREESource and REEfine.',
    legalNavigation: 'Legal information',
    legalNotice: 'Legal notice',
    personalData: 'Personal data',
    accessibility: 'Accessibility',
  },
  share: {
    siteName: 'Magnets & rare earths AURA',
    description:
      'The hub of the magnet and rare earth recycling sector in Auvergne-Rhône-Alpes (France): technical days, ' +
      'webinars and training, newsletter and communication kits.',
    imageAlt: 'Magnets & rare earths recycling — Auvergne-Rhône-Alpes',
  },
  fieldSeparator: ': ',
  formErrors: (n: number) => `The form contains ${n > 1 ? 'errors' : 'an error'}`,
  notFound: {
    title: 'Page not found',
    text: 'This address matches no page of the site: it may have changed, or contain a typo.',
    events: 'The sector’s events',
    kits: 'The communication kits',
    newsletter: 'The newsletter',
  },
  dates: {
    range: englishDateRange,
    dateTime: englishDateTime,
    month: englishMonth,
    longDate: englishLongDate,
    longDateTime: englishLongDateTime,
    parisTime: 'Paris time',
  },
  events: {
    kinds: { 'technical-day': 'Technical day', webinar: 'Webinar', training: 'Training' },
    online: 'Online',
    cityAndOnline: (city: string) => `${city} and online`,
    seatsAvailable: 'Seats available',
    seatsLeft: (left: number) => (left === 1 ? '1 seat left' : `${left} seats left`),
    full: 'Full',
    fullWithWaitlist: 'Full — waiting list',
    upcomingTitle: 'Upcoming events',
    upcomingIntro:
      'Technical days, webinars and training sessions of the magnet and rare earth recycling sector in ' +
      'Auvergne-Rhône-Alpes.',
    filterLabel: 'Filter the events',
    type: 'Type',
    allTypes: 'All types',
    month: 'Month',
    allMonths: 'All months',
    filter: 'Filter',
    count: (n: number) => plural(n, 'event'),
    matching: (n: number) => `match${n > 1 ? '' : 'es'} your choice`,
    showAll: 'Show all events',
    noneMatching: 'No event matches this choice.',
    noneUpcoming: 'No event is scheduled at the moment. Come back soon!',
    seePast: 'See past events',
    pastTitle: 'Past events',
    pastCount: (n: number) => `${n} past event${n > 1 ? 's' : ''}`,
    nonePast: 'No past event yet.',
    seeUpcoming: 'See upcoming events',
    replayAvailable: 'Replay available',
    notFoundTitle: 'Event not found',
    notFoundText: 'This event does not exist or is not published yet.',
    allEvents: '← All events',
    cancelled: 'This event has been cancelled.',
    completed: 'This event is over.',
    when: 'When',
    where: 'Where',
    onlineNote: 'Online: the link to join is sent to confirmed registrants.',
    speakers: (n: number) => (n > 1 ? 'Speakers' : 'Speaker'),
    organiser: 'Organiser',
    seats: 'Seats',
    programme: 'Programme',
  },
  registration: {
    title: 'Registration',
    fullNoWaitlist: 'This event is full: registration is no longer possible.',
    errorsTitle: 'The form contains errors',
    fields: {
      firstName: 'First name',
      lastName: 'Last name',
      email: 'Email address',
      organisation: 'Organisation',
      role: 'Job title',
      consent: 'Consent',
      newsletter: 'Newsletter',
    },
    waitlistNotice:
      'The event is full: your registration will go on the waiting list, and you will receive an email if a ' +
      'seat becomes free.',
    openUntil: (date: string) => `Registration open until ${date}.`,
    requiredHint: 'Fields marked with an asterisk (*) are required.',
    optional: ' (optional)',
    consent:
      'I agree that my last name, first name, email address, organisation and job title be processed by the ' +
      'organisers of the Auvergne-Rhône-Alpes magnet and rare earth sector to manage my registration for this ' +
      'event (confirmation, reminders, attendance list). These data are kept for one year after the event.',
    newsletterOptIn: 'I would like to receive the sector’s newsletter (optional).',
    aboutData: 'Learn more about your personal data',
    register: 'Register',
    registerOnWaitlist: 'Join the waiting list',
    waitlistedTitle: 'Registered on the waiting list',
    confirmedTitle: 'Registration confirmed',
    waitlistedHeading: 'You are on the waiting list',
    confirmedHeading: 'Your registration is confirmed',
    eventFull: 'The event is full.',
    waitlistRank: (rank: number) => ` You are number ${rank} on the waiting list.`,
    waitlistPromise: (email: string) =>
      'If a seat becomes free, it will be given to you automatically in the order of the list and you will ' +
      `receive a confirmation email at ${email}.`,
    confirmedText: (firstName: string, email: string) =>
      `Your registration is confirmed, ${firstName}. A confirmation email with the invitation for your ` +
      `calendar has been sent to ${email}.`,
    cancelLinkNote:
      'Every email contains a personal link to cancel your registration if you can no longer come.',
    alreadyTitle: 'Address already registered',
    alreadyText:
      'This email address is already registered for this event. The confirmation email received when ' +
      'registering contains the link to cancel.',
    backToEvent: 'Back to the event page',
    cancelTitle: 'Cancel my registration',
    registrationOf: (name: string, email: string, waitlisted: boolean) =>
      `Registration of ${name} (${email}), ${waitlisted ? 'on the waiting list' : 'confirmed'}.`,
    cancelWarning:
      'If you cancel, your seat will be offered to the next person on the waiting list. You may register again ' +
      'while registration is open, with no guarantee of a seat.',
    confirmCancel: 'Confirm the cancellation',
    keep: 'Keep my registration',
    cancelledTitle: 'Registration cancelled',
    cancelledHeading: 'Your registration is cancelled',
    alreadyCancelled: 'This registration was already cancelled: there is nothing more to do.',
    cancelledText: (email: string) =>
      `Your registration is cancelled. A confirmation email has been sent to ${email}.`,
    cancelRefused: 'Cancellation not possible',
  },
  newsletter: {
    fields: { email: 'Email address', firstName: 'First name', topics: 'Topics', consent: 'Consent' },
    topics: 'Topics',
    pageTitle: 'Newsletter',
    heading: 'Receive the newsletter',
    intro: 'Choose your topics: you will receive an email to confirm your subscription.',
    email: 'Email address',
    firstName: 'First name (optional)',
    consent:
      'I agree to receive the newsletter of the Auvergne-Rhône-Alpes magnet and rare earth sector on the chosen ' +
      'topics. My address and first name are kept for three years after my last interaction; I can unsubscribe ' +
      'at any time in one click from every message.',
    tracking:
      'I agree that the opening of messages and clicks be measured individually (optional; otherwise only ' +
      'anonymous totals are counted).',
    subscribe: 'Subscribe',
    checkInboxTitle: 'Check your inbox',
    checkInboxText: (email: string) =>
      `If the address ${email} can receive the newsletter, a confirmation email has just been sent to it. ` +
      'Your subscription only starts once you click the link it contains.',
    confirmTitle: 'Confirm my subscription',
    confirmText: (email: string, topics: string) => `Subscription of ${email} to the topics: ${topics}.`,
    confirmedTitle: 'Subscription confirmed',
    confirmedText: (email: string) => `Thank you: the address ${email} will receive the sector’s newsletter.`,
    managePreferences: 'Manage my preferences',
    preferencesTitle: 'My preferences',
    saved: 'Your preferences are saved.',
    subscriptionOf: (email: string) => `Subscription of ${email}.`,
    save: 'Save',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeAll: 'Unsubscribe from all newsletters',
    unsubscribeText: 'You will no longer receive any newsletter or information campaign from the sector.',
    confirmUnsubscribe: 'Confirm the unsubscription',
    unsubscribedTitle: 'Unsubscription recorded',
    unsubscribedText: (email: string) =>
      `The address ${email} will no longer receive the newsletter. You can subscribe again at any time from ` +
      'the page ',
    confirmRefused: 'Confirmation not possible',
    preferencesUnavailable: 'Preferences unavailable',
    preferencesNotSaved: 'Preferences not saved',
    unsubscribeRefused: 'Unsubscription not possible',
    archiveTitle: 'Newsletter archive',
    feedTitle: 'The sector’s newsletter (Atom)',
    archiveIntro:
      'The newsletters already sent to subscribers, most recent first. They are written in French.',
    subscribeLink: 'Subscribe to the newsletter',
    followFeed: 'Follow by Atom feed',
    sentOn: 'sent on',
    noneSent: 'No newsletter has been sent yet.',
    letterNotFound: 'Newsletter not found',
  },
  signIn: {
    title: 'Staff sign-in',
    intro:
      'Enter your work address: if it belongs to the team, you will receive a sign-in link valid for 15 minutes.',
    email: 'Email address',
    submit: 'Receive a sign-in link',
    sentTitle: 'Check your inbox',
    sentText: 'If this address is allowed, a sign-in link has just been sent to it (valid for 15 minutes).',
    nothingReceived: 'Nothing received? Check your spam folder, then',
    askAgain: 'ask for a new link',
  },
  kits: {
    listTitle: 'Communication kits',
    listIntro:
      'Logos, visual identity, document templates, press releases and photos of the sector, always in their ' +
      'latest version.',
    partnerSignOut: 'Sign out of the partner area',
    partnerQuestion: 'Are you a member of a partner organisation?',
    signInLink: 'Sign in',
    partnerKitsHint: 'to see the kits reserved for it.',
    version: 'Version',
    partnersOnly: 'Partners only',
    none: 'No kit is available at the moment.',
    allKits: '← All kits',
    publishedOn: (version: number, date: string) => `Version ${version}, published on ${date}`,
    whatsNew: 'New in this version:',
    downloadAll: 'Download everything',
    files: 'Files',
    filesCaption: 'Files of the kit, with their type and size',
    file: 'File',
    type: 'Type',
    size: 'Size',
    notFoundTitle: 'Kit not found',
    notFoundText: 'This kit does not exist or is not open to you. A member of a partner organisation?',
    optOutTitle: 'New versions of a kit',
    optOutDone: 'Noted: you will no longer receive a message when this kit changes.',
    optOutQuestion: 'Stop being told by email about new versions of this kit?',
    optOutButton: 'Stop these messages',
    invalidLinkTitle: 'Invalid link',
    invalidLinkHeading: 'This link is not valid',
    invalidLinkText: 'It may be incomplete: copy the whole address from the message you received.',
  },
  translate: englishProblemText,
  validationMessages: zodEnglish().localeError,
};
