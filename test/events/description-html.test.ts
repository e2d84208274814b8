import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { descriptionHtmlOf } from '../../functions/events/description-html.js';

describe('descriptionHtmlOf', () => {
  it('gives the HTML stored when staff saved the event', () => {
    expect(descriptionHtmlOf({ description: '**a**', descriptionHtml: '<p><strong>a</strong></p>\n' })).toBe(
      '<p><strong>a</strong></p>\n',
    );
  });

  it('shows an event saved without it as its escaped source, one paragraph per block', () => {
    const html = descriptionHtmlOf({
      description: '## Programme\r\n- 9 h : accueil & café\n\n\n<b onclick="x">\'gras\'</b>\n  \n',
    });

    expect(html).toBe(
      '<p>## Programme<br>\n- 9 h : accueil &amp; café</p>\n' +
        '<p>&lt;b onclick=&quot;x&quot;&gt;&#39;gras&#39;&lt;/b&gt;</p>\n',
    );
  });

  const source = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.constantFrom('<', '>', '&', '"', "'", '\n', '\r\n', '\n\n', ' \n \n', '<script>', '<br>'),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));

  it('writes no tag but paragraphs and line breaks from any source', () => {
    fc.assert(
      fc.property(source, (description) => {
        for (const [tag] of descriptionHtmlOf({ description }).matchAll(/<[^>]*>?/g))
          expect(['<p>', '</p>', '<br>']).toContain(tag);
      }),
    );
  });
});
