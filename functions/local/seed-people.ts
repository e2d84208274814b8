/** Someone of the demo data: names and addresses that look real, on domains that are not reserved. */
export interface SeedPerson {
  firstName: string;
  lastName: string;
  email: string;
  organisation: string;
}

const FIRST_NAMES = [
  'Camille',
  'Julien',
  'Sophie',
  'Mehdi',
  'Claire',
  'Thomas',
  'Inès',
  'Nicolas',
  'Léa',
  'Antoine',
  'Manon',
  'Karim',
  'Élodie',
  'Romain',
  'Chloé',
  'Hugo',
  'Sarah',
  'Maxime',
  'Laura',
  'Bastien',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Moreau',
  'Laurent',
  'Girard',
  'Roux',
  'Fontaine',
  'Chevalier',
  'Mercier',
  'Blanc',
  'Guérin',
  'Faure',
  'Perrin',
  'Morel',
  'Garnier',
  'Lambert',
  'Bonnet',
  'Rousseau',
  'Vincent',
];
export const SEED_ORGANISATIONS = [
  'Recyclage Métaux Rhône',
  'Démantèlement Alpes Industrie',
  'Université Grenoble Alpes',
  'Moteurs Électriques du Forez',
  'Terres Rares Conseil',
];
// A domain nobody reserves for examples (those are refused), the demo's only one.
const DOMAIN = 'exemple.fr';

function mailPart(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** `count` distinct people, always the same ones (a demo must read the same on every first start). */
export function seedPeople(count: number): SeedPerson[] {
  return Array.from({ length: count }, (_, index) => {
    const firstName = FIRST_NAMES[index % FIRST_NAMES.length]!;
    const lastName = LAST_NAMES[(index * 7 + Math.floor(index / FIRST_NAMES.length)) % LAST_NAMES.length]!;
    return {
      firstName,
      lastName,
      email: `${mailPart(firstName)}.${mailPart(lastName)}@${DOMAIN}`,
      organisation: SEED_ORGANISATIONS[index % SEED_ORGANISATIONS.length]!,
    };
  });
}
