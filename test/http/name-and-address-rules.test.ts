import { describe, expect, it } from 'vitest';
import { emailAddress, nameText } from '../../functions/http/public-text-fields.js';
import { emailField, storedEmailField } from '../../functions/http/text-fields.js';
import { INVALID_EMAIL, RESERVED_EMAIL } from '../../functions/shared/email.js';

const NOT_A_LINK =
  'Ce champ ne doit contenir ni lien ni adresse de site (un point entre deux mots est suivi d’une espace).';

const ORDINARY_NAMES = [
  'Jean-Édouard',
  'O’Connor',
  "O'Connor",
  'Anne-Marie D.',
  'Société Générale',
  'Dr. Martin',
  'St. Étienne Recyclage',
  'J.-P. Durand',
  'J.P. Durand',
  'Rare Earths S.A.',
  'Aimants du Rhône S.A.S.',
  'Industrie 4.0',
  'Zoé & Léa',
  'MagREESource',
];

const LINKS_AND_DOMAINS = [
  'Compte suspendu, voir https://evil.example',
  'http://x',
  'hxxp://phishing',
  'www.evil',
  'WWW.EVIL',
  'evil.example',
  'voir evil.example/compte',
  'bit.ly',
  'x.fr',
  'EVIL.FR',
  'Martin (martin.fr)',
  'contact@evil.example',
  'Dr.Martin',
  'evil。example',
  'evil．example',
  'пример.рф',
];

describe('a name (first name, last name, organisation) of the public forms', () => {
  it.each(ORDINARY_NAMES)('accepts %j', (value) => {
    expect(nameText().safeParse(value)).toEqual({ success: true, data: value });
  });

  it.each(LINKS_AND_DOMAINS)('refuses %j as a link or a domain', (value) => {
    const parsed = nameText().safeParse(value);

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([NOT_A_LINK]);
  });
});

describe('an address in a reserved top-level domain', () => {
  const reserved = [
    'eve@example.invalid',
    'eve@example.test',
    'eve@hub.localhost',
    'eve@evil.example',
    ' Eve@Example.TEST ',
  ];
  const real = ['eve@example.com', 'eve@example.org', 'eve@exemple.fr', 'eve@test.fr', 'eve@invalid.fr'];

  it.each(reserved)('is refused by the public forms and the staff API: %j', (value) => {
    for (const schema of [emailAddress(), emailField]) {
      const parsed = schema.safeParse(value);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([RESERVED_EMAIL]);
    }
  });

  it.each(real)('is not what %j is', (value) => {
    expect(emailAddress().safeParse(value).success).toBe(true);
    expect(emailField.safeParse(value).success).toBe(true);
  });

  it('still reaches data stored before (a person looked up by staff)', () => {
    expect(storedEmailField.safeParse('eve@example.invalid')).toEqual({
      success: true,
      data: 'eve@example.invalid',
    });
  });

  it('gets one message when the address is not valid at all', () => {
    const parsed = emailAddress().safeParse('eve example.test');

    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([INVALID_EMAIL]);
  });
});
