import { describe, expect, it } from 'vitest';
import type { EventCard } from '../../functions/campaigns/campaign-blocks.js';
import {
  applyComposerAction,
  composerValuesFromForm,
  composerValuesOf,
  contentFromComposer,
  newComposerValues,
} from '../../functions/campaigns/pages/composer-form.js';

const CARDS = new Map<string, EventCard>([
  [
    'evt1',
    { title: 'Journée', dates: 'jeudi 12 mars 2026', place: 'Lyon', url: 'https://x.example/evenements/j' },
  ],
]);

describe('the composer form', () => {
  it('moves a block up or down to the position chosen for it, and drops the ticked ones', () => {
    // Prepare
    const form = (moves: Record<string, string>) => ({
      ...Object.fromEntries(
        ['A', 'B', 'C', 'D', 'E'].flatMap((text, index) => [
          [`blocks.${index}.kind`, 'title'],
          [`blocks.${index}.text`, text],
        ]),
      ),
      'blocks.4.remove': 'on',
      ...moves,
    });
    const texts = (moves: Record<string, string>) =>
      composerValuesFromForm(form(moves)).blocks.map((block) => (block as { text: string }).text);

    // Act
    const up = texts({ 'blocks.3.position': '2' });
    const down = texts({ 'blocks.0.position': '3' });
    const unchanged = texts({ 'blocks.1.position': 'deux' });

    // Assess
    expect(up).toEqual(['A', 'D', 'B', 'C']);
    expect(down).toEqual(['B', 'C', 'A', 'D']);
    expect(unchanged).toEqual(['A', 'B', 'C', 'D']);
  });

  it('turns blocks and an event audience into the API body, with the card of a published event', () => {
    // Prepare
    const values = {
      ...newComposerValues(),
      subject: 'Suites de la journée',
      audienceKind: 'event' as const,
      eventId: 'evt1',
      eventWho: 'no-shows',
      blocks: [
        { kind: 'text' as const, text: 'Les supports sont en ligne.' },
        { kind: 'event' as const, eventId: 'evt1' },
      ],
    };

    // Act
    const parsed = contentFromComposer(values, CARDS);

    // Assess
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.content.audience).toEqual({ event: { id: 'evt1', who: 'no-shows' } });
    expect(parsed.content.mjml).toContain('https://x.example/evenements/j');
    expect(parsed.content).not.toHaveProperty('preheader');
  });

  it('maps the API’s field paths to the composer’s fields', () => {
    // Prepare
    const values = { ...newComposerValues(), subject: 'Ligne\r\ncassée', topics: ['Pas Un Slug'] };

    // Act
    const parsed = contentFromComposer(values, CARDS);

    // Assess
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors)).toEqual(
      expect.arrayContaining(['subject', 'topics', 'blocks.0.text', 'blocks.1.text', 'blocks.2.label']),
    );
  });

  it('switches to hand-written MJML and back, but not once the MJML was edited by hand', () => {
    // Prepare
    const values = { ...newComposerValues(), blocks: [{ kind: 'title' as const, text: 'Titre' }] };

    // Act
    const asMjml = applyComposerAction(values, { action: 'to-mjml' }, CARDS).values;
    const back = applyComposerAction(asMjml, { action: 'to-blocks' }, CARDS);
    const edited = applyComposerAction(
      { ...asMjml, mjml: `${asMjml.mjml}\n<mj-divider />` },
      { action: 'to-blocks' },
      CARDS,
    );

    // Assess
    expect(asMjml.mode).toBe('mjml');
    expect(back.values).toMatchObject({ mode: 'blocks', blocks: [{ kind: 'title', text: 'Titre' }] });
    expect(edited.errors.mjml).toEqual([
      'Ce MJML a été modifié à la main : il ne peut plus être découpé en blocs.',
    ]);
    expect(composerValuesOf({ subject: 's', audience: { topics: ['x'] }, mjml: asMjml.mjml }).mode).toBe(
      'blocks',
    );
  });
});
