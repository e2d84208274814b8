import { describe, expect, it } from 'vitest';
import '../../functions/http/validation.js';
import {
  registrationBodyFromForm,
  registrationBodySchema,
} from '../../functions/registrations/public-schemas.js';

const valid = { firstName: 'Camille', lastName: 'Durand', email: 'camille@exemple.fr', consent: true };

function errorsOf(body: unknown): Record<string, string[]> {
  const result = registrationBodySchema.safeParse(body);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[issue.path.join('.') || '_'] ??= []).push(issue.message);
  return errors;
}

describe('the registration body', () => {
  it('trims the fields, normalises the e-mail and leaves the newsletter unticked by default', () => {
    const parsed = registrationBodySchema.parse({
      ...valid,
      firstName: '  Camille ',
      email: ' Camille@Exemple.FR ',
      role: ' ',
    });
    expect(parsed).toEqual({
      firstName: 'Camille',
      lastName: 'Durand',
      email: 'camille@exemple.fr',
      consent: true,
      newsletter: false,
    });
  });

  it('requires consent to be literally true, in French', () => {
    expect(errorsOf({ ...valid, consent: 'true' }).consent?.[0]).toMatch(/^Vous devez accepter/);
    expect(errorsOf({ ...valid, consent: undefined }).consent?.[0]).toMatch(/^Vous devez accepter/);
  });

  it.each([
    ['firstName', 'Camille\r\nBcc: victime@exemple.fr'],
    ['lastName', 'Durand\n'],
    ['email', 'camille@exemple.fr\r\nBcc: x@y.fr'],
    ['organisation', 'ACME\u0000'],
    ['role', 'Chef\u2028de projet'],
  ])('refuses CR/LF and control characters in %s', (field, value) => {
    expect(errorsOf({ ...valid, [field]: value })[field]?.length).toBeGreaterThan(0);
  });

  it.each([
    ['firstName', '<script>alert(1)</script>'],
    ['lastName', 'Durand</b>'],
    ['organisation', '<!-- x -->'],
    ['role', '<img src=x onerror=alert(1)>'],
  ])('refuses markup in %s', (field, value) => {
    expect(errorsOf({ ...valid, [field]: value })[field]?.[0]).toContain('balises');
  });

  it('accepts a plain "<" that is not markup', () => {
    expect(errorsOf({ ...valid, role: 'Responsable < 10 personnes' })).toEqual({});
  });

  it('refuses unknown fields and oversize values', () => {
    expect(Object.keys(errorsOf({ ...valid, admin: true }))).toEqual(['_']);
    expect(errorsOf({ ...valid, lastName: 'x'.repeat(101) }).lastName?.[0]).toContain('100');
  });
});

describe('the HTML form', () => {
  it('turns ticked boxes into true and absent ones into false', () => {
    const body = registrationBodyFromForm({ ...valid, consent: 'on', submit: 'M’inscrire' });
    expect(registrationBodySchema.parse(body)).toMatchObject({ consent: true, newsletter: false });
    expect(registrationBodyFromForm({ ...valid, consent: 'true', newsletter: 'true' }).newsletter).toBe(true);
  });

  it('leaves a missing consent missing, so the same French message shows', () => {
    const { consent: _, ...withoutConsent } = valid;
    expect(errorsOf(registrationBodyFromForm(withoutConsent)).consent?.[0]).toMatch(/^Vous devez accepter/);
  });
});
