import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockErrors,
  blocksFromMjml,
  blocksToMjml,
  type Block,
  type EventCard,
} from '../../functions/campaigns/campaign-blocks.js';
import { checkCampaignBody } from '../../functions/campaigns/campaign-rules.js';

const CARD: EventCard = {
  title: 'Journée <technique> & démontage',
  dates: 'jeudi 12 mars 2026, 09:00 – 17:00',
  place: 'Halle de tri, Saint-Étienne',
  url: 'https://filiere.example/evenements/journee?x=1&y=2',
};
const EVENTS = new Map([['evt123', CARD]]);

/** Every tag name a block may produce: anything else would come from a staff string. */
const ALLOWED_TAGS = new Set(['mj-text', 'mj-image', 'mj-button', 'h2', 'p', 'br', 'a']);
const tagsOf = (mjml: string) => [...mjml.matchAll(/<\/?\s*([a-zA-Z][\w-]*)/g)].map((match) => match[1]!);

describe('campaign blocks → MJML', () => {
  it('renders each kind of block, escaping what staff typed', () => {
    // Prepare
    const blocks: Block[] = [
      { kind: 'title', text: 'Les <b>nouvelles</b>\nde la filière' },
      { kind: 'text', text: 'Bonjour {{firstName}},\nligne 2\n\nSecond « paragraphe » & fin' },
      { kind: 'image', src: 'https://img.example/a.png?w=600&h=1', alt: 'Un "aimant"' },
      { kind: 'button', label: 'S’inscrire <maintenant>', href: 'https://filiere.example/?a=1&b=2' },
      { kind: 'event', eventId: 'evt123' },
    ];

    // Act
    const mjml = blocksToMjml(blocks, EVENTS);

    // Assess
    expect(mjml).toContain(
      '<h2 style="margin:0;font-size:22px;line-height:30px">Les &lt;b&gt;nouvelles&lt;/b&gt; de la filière</h2>',
    );
    expect(mjml).toContain(
      '<p style="margin:0 0 12px">Bonjour {{firstName}},<br />ligne 2</p><p style="margin:0 0 12px">Second « paragraphe » &amp; fin</p>',
    );
    expect(mjml).toContain('src="https://img.example/a.png?w=600&amp;h=1" alt="Un &quot;aimant&quot;"');
    expect(mjml).toContain(
      'href="https://filiere.example/?a=1&amp;b=2">S’inscrire &lt;maintenant&gt;</mj-button>',
    );
    expect(mjml).toContain('Journée &lt;technique&gt; &amp; démontage');
    expect(mjml).toContain('href="https://filiere.example/evenements/journee?x=1&amp;y=2"');
    expect(() => checkCampaignBody(mjml)).not.toThrow();
    expect(new Set(tagsOf(mjml))).toEqual(ALLOWED_TAGS);
  });

  it('reads back the blocks it wrote, and nothing written by hand', () => {
    // Prepare
    const blocks: Block[] = [
      { kind: 'title', text: 'Titre & co' },
      { kind: 'text', text: 'Un\ndeux\n\ntrois' },
      { kind: 'image', src: 'https://img.example/a.png', alt: 'Alt "x"' },
      { kind: 'button', label: 'Voir', href: 'https://x.example/?a=1&b=2' },
      { kind: 'event', eventId: 'evt123' },
    ];

    // Act
    const read = blocksFromMjml(blocksToMjml(blocks, EVENTS));

    // Assess
    expect(read).toEqual(blocks);
    // As a textarea posts it back (CRLF line ends): still the same blocks.
    expect(blocksFromMjml(blocksToMjml(blocks, EVENTS).replace(/\n/g, '\r\n'))).toEqual(blocks);
    expect(blocksFromMjml('<mj-text>Écrit à la main</mj-text>')).toBeUndefined();
  });

  it('reports missing, non-https, unknown and refused values beside their block fields', () => {
    // Prepare
    const blocks: Block[] = [
      { kind: 'title', text: '  ' },
      { kind: 'image', src: 'http://img.example/a.png', alt: '' },
      { kind: 'button', label: 'Voir', href: 'javascript:alert(1)' },
      { kind: 'event', eventId: 'inconnu' },
      { kind: 'text', text: 'Bonjour {{nom}}' },
    ];

    // Act
    const errors = blockErrors(blocks, EVENTS);

    // Assess
    expect(errors['blocks.0.text']).toEqual(['Ce champ est obligatoire.']);
    expect(errors['blocks.1.src']).toEqual(['Indiquez une adresse https://… de l’image.']);
    expect(errors['blocks.1.alt']).toEqual(['Ce champ est obligatoire.']);
    expect(errors['blocks.2.href']).toEqual(['Indiquez une adresse https://… pour le lien.']);
    expect(errors['blocks.3.eventId']).toEqual(['Choisissez un événement publié.']);
    expect(errors['blocks.4.text']?.[0]).toMatch(/^Champ de personnalisation inconnu : nom/);
    expect(blockErrors([{ kind: 'text', text: 'Bonjour {{firstName}}' }], EVENTS)).toEqual({});
  });

  it('never lets a hostile string produce a tag or leave its attribute (property)', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '"><img src=x onerror=alert(1)>',
        "' onmouseover='x",
        '</mj-text><mj-raw><script>x</script></mj-raw>',
        '<!-- -->',
        '&lt;b&gt;',
        '</p></mj-text></mj-column>',
      ),
    );
    const block: fc.Arbitrary<Block> = fc.oneof(
      hostile.map((text) => ({ kind: 'title' as const, text })),
      hostile.map((text) => ({ kind: 'text' as const, text })),
      fc
        .tuple(hostile, hostile)
        .map(([src, alt]) => ({ kind: 'image' as const, src: `https://x.example/${src}`, alt })),
      fc
        .tuple(hostile, hostile)
        .map(([label, href]) => ({ kind: 'button' as const, label, href: `https://x.example/${href}` })),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
        const mjml = blocksToMjml(blocks, EVENTS);
        for (const tag of tagsOf(mjml)) expect(ALLOWED_TAGS).toContain(tag);
        // Attribute values never contain a raw quote: nothing can close one early.
        for (const value of mjml.matchAll(/="([^"]*)"/g)) expect(value[1]).not.toMatch(/[<>]/);
        expect(blocksFromMjml(mjml)?.length).toBe(blocks.length);
      }),
      { numRuns: 300 },
    );
  });
});
