import { describe, expect, it } from 'vitest';
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
