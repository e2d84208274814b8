import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  ENGLISH_GENERATED_FILE,
  ENGLISH_TEMPLATES_DIR,
  GENERATED_FILE,
  compileTemplates,
  generatedSource,
} from '../../templates/compile-templates.js';
import { TEMPLATES, type TemplateName } from '../../functions/mail/templates.generated.js';
import { TEMPLATES as ENGLISH_TEMPLATES } from '../../functions/mail/templates-en.generated.js';
import { Fragment, fillTemplate, markup, plain, renderTemplate } from '../../functions/mail/render.js';

const EXPECTED = [
  'campaign-paused',
  'certificate-issued',
  'confirmation',
  'event-cancelled',
  'event-updated',
  'kit-updated',
  'magic-link',
  'newsletter-confirm',
  'partner-invitation',
  'promoted',
  'registration-cancelled',
  'reminder-day-before',
  'reminder-hour-before',
  'replay-available',
  'survey-invitation',
  'waitlisted',
];

function placeholders(name: TemplateName): string[] {
  const { html, text } = TEMPLATES[name];
  return [...new Set([...`${html}${text}`.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] as string))];
}

const HOSTILE = `<script>alert("x")</script> O'Brien & "co"\r\nBcc: victime@exemple.fr`;

describe('mail templates', () => {
  it('compile with MJML in strict mode and match the committed generated module', async () => {
    const compiled = await compileTemplates();

    expect(Object.keys(compiled)).toEqual(EXPECTED);
    expect(await generatedSource(compiled)).toBe(await readFile(GENERATED_FILE, 'utf8'));
  });

  it('are French, accessible documents with a text twin and no remote image', () => {
    for (const name of EXPECTED as TemplateName[]) {
      const { html, text } = TEMPLATES[name];
      expect(html).toContain('<html lang="fr"');
      expect(html).toContain('Filière aimants &amp; terres rares');
      expect(html).not.toMatch(/<img|url\(http/i);
      expect(text).toContain('MagREESource et REEfine');
      expect(text).not.toMatch(/<[a-z]/i);
    }
  });

  it('escape hostile values in every placeholder of every template', () => {
    for (const name of EXPECTED as TemplateName[]) {
      const keys = placeholders(name);
      const values = Object.fromEntries(keys.map((key) => [key, HOSTILE]));

      const { html, text } = renderTemplate(name, values);

      expect(html, name).not.toContain('<script>');
      expect(html, name).not.toContain(`O'Brien`);
      expect(html, name).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; &quot;co&quot;',
      );
      expect(text, name).not.toMatch(/\r|\nBcc:/);
      expect(text, name).toContain(`O'Brien & "co" Bcc: victime@exemple.fr`);
    }
  });

  it('fail loudly when a placeholder has no value', () => {
    expect(() => renderTemplate('magic-link', { subject: 'Connexion' })).toThrow(/\{\{\w+\}\}.*magic-link/);
  });

  it('insert fragments as built, their values escaped', () => {
    const name = '<b>Salle</b>';
    const where = new Fragment(markup`${name}<br />Lyon`, plain`${name}\nLyon`);
    const values = Object.fromEntries(placeholders('confirmation').map((key) => [key, 'x']));

    const { html, text } = renderTemplate('confirmation', { ...values, where });

    expect(html).toContain('&lt;b&gt;Salle&lt;/b&gt;<br />Lyon');
    expect(text).toContain('<b>Salle</b>\nLyon');
  });

  it('never expand placeholders found inside values', () => {
    const values = Object.fromEntries(placeholders('magic-link').map((key) => [key, '{{signInUrl}}']));

    const { html } = renderTemplate('magic-link', values);

    expect(html).toContain('{{signInUrl}}');
  });
});

describe('English mail templates', () => {
  it('compile in strict mode, match their generated module and twin every mail to people', async () => {
    const compiled = await compileTemplates(ENGLISH_TEMPLATES_DIR);

    expect(await generatedSource(compiled, ENGLISH_GENERATED_FILE)).toBe(
      await readFile(ENGLISH_GENERATED_FILE, 'utf8'),
    );
    expect(Object.keys(compiled)).toEqual(
      // Staff mails stay French; the certificate and survey mails have no English twin yet.
      EXPECTED.filter(
        (name) =>
          ![
            'campaign-paused',
            'kit-updated',
            'magic-link',
            'partner-invitation',
            'certificate-issued',
            'survey-invitation',
          ].includes(name),
      ),
    );
  });

  it('are English documents with a text twin, the same placeholders as the French ones, escaping hostile values', () => {
    for (const [name, template] of Object.entries(ENGLISH_TEMPLATES)) {
      const keys = [
        ...new Set([...`${template.html}${template.text}`.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1])),
      ];
      expect(keys.sort(), name).toEqual(placeholders(name as TemplateName).sort());
      expect(template.html).toContain('<html lang="en"');
      expect(`${template.html}${template.text}`).not.toMatch(/Bonjour|Filière aimants|Quand :/);

      const { html, text } = fillTemplate(
        template,
        name,
        Object.fromEntries(keys.map((key) => [key!, HOSTILE])),
      );

      expect(html, name).not.toContain('<script>');
      expect(text, name).not.toMatch(/\r|\nBcc:/);
    }
  });
});
