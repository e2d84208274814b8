import { describe, expect, it } from 'vitest';
import type { Registration } from '../../functions/registrations/registration.js';
import { registrationsCsv } from '../../functions/registrations/registrations-csv.js';

const registration = (overrides: Partial<Registration> = {}): Registration => ({
  id: 'r1',
  eventId: 'e1',
  firstName: 'Camille',
  lastName: 'Durand',
  email: 'camille@exemple.fr',
  status: 'confirmed',
  consent: { at: '2026-11-02T09:30:00.000Z', textVersion: 'inscription-2026-11' },
  newsletter: false,
  createdAt: '2026-07-02T09:30:00.000Z',
  updatedAt: '2026-07-02T09:30:00.000Z',
  ...overrides,
});

describe('the registrations CSV', () => {
  it('starts with a BOM, uses ";" and CRLF, and French headers', () => {
    const csv = registrationsCsv([registration()]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Prénom;Nom;E-mail;Organisation;Fonction;Statut;.*Inscrit le;Présent le/);
    expect(lines[1]).toContain('Camille;Durand;camille@exemple.fr;;;Confirmée');
  });

  it('shows dates in Paris time whatever the server zone', () => {
    // 09:30 UTC is 11:30 in Paris in summer (the tests run in America/New_York).
    expect(registrationsCsv([registration()])).toContain('02/07/2026 11:30');
  });

  it.each(['=HYPERLINK("http://x")', '+33 6 12', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '\ncmd'])(
    'neutralises a cell starting like a formula: %j',
    (value) => {
      const csv = registrationsCsv([registration({ organisation: value })]);
      const expected = `'${value}`;
      expect(csv).toContain(/[;"\r\n]/.test(expected) ? `"${expected.replace(/"/g, '""')}"` : expected);
    },
  );

  it('quotes cells containing the separator', () => {
    expect(registrationsCsv([registration({ organisation: 'Dupont; fils' })])).toContain('"Dupont; fils"');
  });
});
