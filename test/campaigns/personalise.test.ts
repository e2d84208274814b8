import { describe, expect, it } from 'vitest';
import { personalise } from '../../functions/campaigns/campaign-rules.js';

const compiled = {
  html: '<p>Bonjour {{firstName}},</p><p><a href="{{webVersionUrl}}">Version en ligne</a></p>',
  text: 'Bonjour {{firstName}},\nVersion en ligne : {{webVersionUrl}}',
};
const values = {
  firstName: '',
  unsubscribeUrl: 'https://hub.exemple.fr/newsletter/unsubscribe?token=t',
  preferencesUrl: 'https://hub.exemple.fr/newsletter/preferences?token=t',
  webVersionUrl: 'https://hub.exemple.fr/newsletter/archive/c1',
};

describe('personalise', () => {
  it('drops the space before an empty first name, in HTML and text', () => {
    const { html, text } = personalise(compiled, values);

    expect(html).toContain('<p>Bonjour,</p>');
    expect(text).toContain('Bonjour,\n');
    expect(text).toContain('Version en ligne : https://hub.exemple.fr/newsletter/archive/c1');
  });

  it('keeps the space before a first name, escaped in HTML', () => {
    const { html, text } = personalise(compiled, { ...values, firstName: 'Zoé & Léa' });

    expect(html).toContain('<p>Bonjour Zoé &amp; Léa,</p>');
    expect(text).toContain('Bonjour Zoé & Léa,\n');
  });
});
