import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderMarkdown } from '../../functions/events/markdown.js';

describe('renderMarkdown', () => {
  it('renders Markdown and linkifies web addresses with rel="noopener nofollow"', async () => {
    const html = await renderMarkdown(
      '**Programme**\n\n- accueil\n- visite\n\nInfos : https://exemple.fr/programme',
    );
    expect(html).toContain('<strong>Programme</strong>');
    expect(html).toContain('<li>accueil</li>');
    expect(html).toContain('<a href="https://exemple.fr/programme" rel="noopener nofollow">');
  });

  it('escapes raw HTML and scripts', async () => {
    const html = await renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript:, data: and relative links, keeps mailto', async () => {
    const html = await renderMarkdown(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) [d](mailto:contact@exemple.fr)',
    );
    expect(html).not.toMatch(/href="(javascript|data)/i);
    expect(html).toContain('href="mailto:contact@exemple.fr"');
  });

  it('does not render images (no tracking pixels)', async () => {
    expect(await renderMarkdown('![pixel](https://traceur.exemple/p.gif)')).not.toContain('<img');
  });
});

describe('renderMarkdown on hostile input', () => {
  // The only tags markdown-it writes with html: false and images off.
  const RENDERED_TAG =
    /^<\/?(p|h[1-6]|ul|ol|li|strong|em|s|code|pre|blockquote|hr|br|table|thead|tbody|tr|th|td|a)(\s|\/?>)/;
  const fragment = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(
      '<script>',
      '</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">',
      '<!--',
      '<![CDATA[',
      '[x](',
      'javascript:alert(1)',
      'JaVaScRiPt&#58;',
      '&#x6A;avascript:',
      'data:text/html,',
      ')',
      '](',
      '<https://exemple.fr>',
      '<mailto:a@b.fr>',
      'https://exemple.fr/"onmouseover="x',
      '"',
      '`',
      '\n\n',
      '> ',
      '    ',
      '| a | b |\n|---|---|\n',
    ),
  );

  it('writes no tag but its own, and no link but http(s), mailto or empty, whatever the source', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fragment, { maxLength: 30 }), async (fragments) => {
        const html = await renderMarkdown(fragments.join(''));
        for (const [tag] of html.matchAll(/<[^>]*>?/g)) expect(tag).toMatch(RENDERED_TAG);
        // `[x]()` keeps an empty href: a link to the page itself.
        for (const [, href] of html.matchAll(/href="([^"]*)"/g))
          expect(href).toMatch(/^((https?:|mailto:)|$)/i);
        expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
      }),
      { numRuns: 500 },
    );
  });
});
