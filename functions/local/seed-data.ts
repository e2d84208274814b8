import { DateTime } from 'luxon';

export interface SeedEvent {
  kind: 'technical-day' | 'webinar' | 'training';
  title: string;
  summary: string;
  description: string;
  startsAt: string;
  endsAt: string;
  capacity?: number;
  waitlist?: boolean;
  venue?: { name: string; address: string; city: string };
  joinUrl?: string;
  speakers?: string[];
  organiser?: string;
}

/** A local time in Paris, `days` from today, as ISO 8601 with its offset. */
function parisAt(now: Date, days: number, hour: number, minute = 0): string {
  return DateTime.fromJSDate(now, { zone: 'Europe/Paris' })
    .plus({ days })
    .set({ hour, minute, second: 0, millisecond: 0 })
    .toISO({ suppressMilliseconds: true }) as string;
}

/** The demo's past event: held nine days ago, with its attendance taken. */
const PAST_EVENT_DAYS_AGO = 9;

export function seedPastEvent(now: Date): SeedEvent {
  return {
    kind: 'technical-day',
    title: 'Journée technique : démanteler les moteurs électriques, retours de terrain',
    summary:
      'Visite d’un centre de démantèlement et ateliers : extraire les aimants des moteurs de véhicules et d’éoliennes.',
    description: [
      'Une journée chez un recycleur de la région pour voir **le démantèlement des moteurs** et l’extraction des aimants, avec les industriels de la filière.',
      '',
      '- Matin : visite de la ligne de démantèlement',
      '- Après-midi : ateliers sur le tri et la traçabilité des lots',
    ].join('\n'),
    startsAt: parisAt(now, -PAST_EVENT_DAYS_AGO, 9),
    endsAt: parisAt(now, -PAST_EVENT_DAYS_AGO, 17),
    capacity: 40,
    waitlist: false,
    venue: {
      name: 'Centre de démantèlement de Vénissieux',
      address: '12 rue de l’Industrie',
      city: 'Vénissieux',
    },
    speakers: ['FEDERREC Centre et Sud-Est'],
    organiser: 'FEDERREC Centre et Sud-Est',
  };
}

/** The demo programme of a first start: dates in the coming weeks, so everything is open. */
export function seedEvents(now: Date): SeedEvent[] {
  return [
    {
      kind: 'technical-day',
      title: 'Journée technique : recycler les aimants NdFeB en Auvergne-Rhône-Alpes',
      summary:
        'Collecte, démantèlement et recyclage des aimants néodyme-fer-bore : retours d’expérience des industriels de la région et visite d’une ligne pilote.',
      description: [
        'Les aimants permanents **néodyme-fer-bore (NdFeB)** sont au cœur des moteurs électriques, des éoliennes et des disques durs. Leur recyclage est une priorité de l’accord de filière régional signé par la Région, FEDERREC Centre et Sud-Est, MagREESource et REEfine.',
        '',
        '## Au programme',
        '',
        '- 9 h 00 — Accueil et café',
        '- 9 h 30 — Gisements d’aimants en fin de vie : où sont-ils, combien pèsent-ils ?',
        '- 10 h 30 — Démantèlement et extraction : retours d’expérience de recycleurs',
        '- 14 h 00 — Du déchet à l’aimant recyclé : procédés par hydrogène et refonte',
        '- 16 h 00 — Table ronde : structurer la collecte régionale',
        '',
        'Déjeuner offert. Places limitées : inscrivez-vous tôt, une liste d’attente est ouverte.',
      ].join('\n'),
      startsAt: parisAt(now, 21, 9),
      endsAt: parisAt(now, 21, 17),
      capacity: 80,
      waitlist: true,
      venue: {
        name: 'Hôtel de Région Auvergne-Rhône-Alpes',
        address: '1 esplanade François Mitterrand',
        city: 'Lyon',
      },
      speakers: ['MagREESource', 'REEfine', 'FEDERREC Centre et Sud-Est'],
      organiser: 'Région Auvergne-Rhône-Alpes et FEDERREC Centre et Sud-Est',
    },
    {
      kind: 'webinar',
      title: 'Webinaire : récupérer les terres rares des déchets électroniques',
      summary:
        'Une heure pour comprendre les voies de récupération du néodyme, du praséodyme et du dysprosium, et les débouchés pour les recycleurs.',
      description: [
        'Les terres rares sont des **métaux critiques** : l’Europe en importe la quasi-totalité. Ce webinaire présente les procédés de récupération (hydrométallurgie, pyrométallurgie, recyclage direct) et leur maturité.',
        '',
        'Questions-réponses en fin de séance. Le lien de connexion est envoyé aux inscrits uniquement.',
      ].join('\n'),
      startsAt: parisAt(now, 10, 11),
      endsAt: parisAt(now, 10, 12),
      capacity: 300,
      waitlist: false,
      joinUrl: 'https://visio.filiere-aimants-aura.fr/webinaire-terres-rares',
      speakers: ['REEfine'],
      organiser: 'FEDERREC Centre et Sud-Est',
    },
    {
      kind: 'training',
      title: 'Formation : identifier et trier les aimants permanents, avec EN2R',
      summary:
        'Module pratique d’une journée pour les opérateurs de tri : reconnaître les aimants, les manipuler en sécurité et préparer des lots valorisables.',
      description: [
        'Formation conçue avec le réseau **EN2R** pour les opérateurs et chefs d’équipe des centres de tri et de démantèlement.',
        '',
        '1. Reconnaître les familles d’aimants (ferrite, NdFeB, SmCo)',
        '2. Sécurité : champs magnétiques, pincements, démagnétisation',
        '3. Préparer et tracer des lots pour le recyclage',
        '',
        'Attestation de formation remise en fin de journée.',
      ].join('\n'),
      startsAt: parisAt(now, 35, 9, 30),
      endsAt: parisAt(now, 35, 17),
      capacity: 12,
      waitlist: true,
      venue: {
        name: 'Campus industriel de Saint-Étienne',
        address: '20 rue de la Tréfilerie',
        city: 'Saint-Étienne',
      },
      speakers: ['EN2R'],
      organiser: 'MagREESource',
    },
  ];
}

/** The speakers of the demo programme; the last has not consented to be shown, so the public never sees them. */
export const SEED_SPEAKERS = [
  {
    name: 'Claire Martin',
    role: 'Ingénieure procédés',
    organisation: 'MagREESource',
    publicationConsent: true,
  },
  { name: 'Julien Roux', role: 'Responsable recyclage', organisation: 'REEfine', publicationConsent: true },
  {
    name: 'Sophie Bernard',
    organisation: 'Recycleur de la région',
    email: 'sophie.bernard@exemple.fr',
    publicationConsent: false,
  },
] as const;

/** The demo technical day's sessions: hours after its start, and the speakers (indexes above) of each. */
export const SEED_SESSIONS = [
  { title: 'Accueil et café', from: 0, to: 0.5, room: 'Hall', speakers: [] },
  {
    title: 'Gisements d’aimants en fin de vie : où sont-ils, combien pèsent-ils ?',
    from: 0.5,
    to: 1.5,
    room: 'Amphithéâtre',
    speakers: [0],
  },
  {
    title: 'Démantèlement et extraction : retours d’expérience de recycleurs',
    from: 1.5,
    to: 3,
    room: 'Amphithéâtre',
    speakers: [1, 2],
  },
  {
    title: 'Du déchet à l’aimant recyclé : procédés par hydrogène et refonte',
    from: 5,
    to: 6.5,
    room: 'Amphithéâtre',
    speakers: [0],
  },
  {
    title: 'Table ronde : structurer la collecte régionale',
    from: 7,
    to: 8,
    room: 'Amphithéâtre',
    speakers: [0, 1, 2],
  },
] as const;
