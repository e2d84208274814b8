import { describe, expect, it } from 'vitest';
import {
  createBodyFromForm,
  eventFormValuesOf,
  patchBodyFromForm,
  type EventFormValues,
} from '../../functions/events/pages/event-form.js';
import { fromParisLocalInput } from '../../functions/admin/paris-time.js';
import { parisLocalInput } from '../../functions/shared/paris-dates.js';
import type { HubEvent } from '../../functions/events/event.js';

const filled: EventFormValues = {
  kind: 'technical-day',
  title: 'Journée technique à Grenoble',
  summary: 'Recyclage des aimants.',
  description: '## Programme',
  startsAt: '2026-03-12T09:00',
  endsAt: '2026-03-12T17:30',
  registrationClosesAt: '',
  venueName: 'Minatec',
  venueAddress: '3 parvis Louis Néel',
  venueCity: 'Grenoble',
  joinUrl: '',
  capacity: '1 200',
  waitlist: 'on',
  speakers: 'Claire Martin\r\n\r\n  Julien Roux ',
  organiser: '',
};

describe('Paris wall-clock times in forms', () => {
  it('reads a datetime-local value as Paris time, winter and summer, whatever the server zone', () => {
    expect(fromParisLocalInput('2026-03-12T09:00')).toEqual({ ok: true, iso: '2026-03-12T09:00:00+01:00' });
    expect(fromParisLocalInput('2026-07-01T09:00')).toEqual({ ok: true, iso: '2026-07-01T09:00:00+02:00' });
  });

  it('refuses a time skipped by the spring change and anything that is not a date', () => {
    expect(fromParisLocalInput('2026-03-29T02:30')).toMatchObject({
      ok: false,
      message: expect.stringContaining('heure d’été'),
    });
    expect(fromParisLocalInput('demain matin')).toMatchObject({ ok: false });
    expect(fromParisLocalInput('2026-02-30T09:00')).toEqual({
      ok: false,
      message: 'Cette date n’existe pas.',
    });
  });

  it('shows a stored instant in Paris time', () => {
    expect(parisLocalInput('2026-03-12T08:00:00Z')).toBe('2026-03-12T09:00');
    expect(parisLocalInput('2026-07-01T09:00:00+02:00')).toBe('2026-07-01T09:00');
  });
});

describe('the event form', () => {
  it('becomes the API body: Paris dates, venue, whole capacity, waitlist, one speaker per line', () => {
    const parsed = createBodyFromForm(filled);

    expect(parsed).toEqual({
      ok: true,
      body: {
        kind: 'technical-day',
        title: 'Journée technique à Grenoble',
        summary: 'Recyclage des aimants.',
        description: '## Programme',
        startsAt: '2026-03-12T09:00:00+01:00',
        endsAt: '2026-03-12T17:30:00+01:00',
        venue: { name: 'Minatec', address: '3 parvis Louis Néel', city: 'Grenoble' },
        capacity: 1200,
        waitlist: true,
        speakers: ['Claire Martin', 'Julien Roux'],
      },
    });
  });

  it('reports the API schema’s messages under the form’s field names', () => {
    const parsed = createBodyFromForm({ ...filled, title: '  ', capacity: 'douze', venueCity: '' });

    expect(parsed).toEqual({
      ok: false,
      errors: {
        title: ['Ce champ est obligatoire.'],
        capacity: ['La capacité doit être un nombre entier.'],
        venueCity: ['Ce champ est obligatoire.'],
      },
    });
  });

  it('reports the rules between fields (kind and place, end after start) beside the fields concerned', () => {
    const parsed = createBodyFromForm({ ...filled, kind: 'webinar', endsAt: '2026-03-12T08:00' });

    expect(parsed).toEqual({
      ok: false,
      errors: {
        joinUrl: ['Un webinaire a besoin d’un lien de connexion.'],
        venueName: ['Un webinaire se tient en ligne : il n’a pas de lieu.'],
        endsAt: ['La fin doit être postérieure au début.'],
      },
    });
  });

  it('says in words what is wrong with a date, not in ISO 8601', () => {
    const parsed = createBodyFromForm({ ...filled, startsAt: '', endsAt: '12 mars' });

    expect(parsed).toEqual({
      ok: false,
      errors: {
        startsAt: ['Ce champ est obligatoire.'],
        endsAt: ['Saisissez une date et une heure, par exemple 12/03/2026 09:00.'],
      },
    });
  });

  it('turns emptied optional fields into removals when editing', () => {
    const parsed = patchBodyFromForm({
      ...filled,
      capacity: '',
      speakers: '',
      venueName: '',
      venueAddress: '',
      venueCity: '',
      waitlist: undefined,
    });

    expect(parsed.ok && parsed.body).toMatchObject({
      capacity: null,
      speakers: null,
      venue: null,
      joinUrl: null,
      organiser: null,
      registrationClosesAt: null,
      waitlist: false,
    });
  });

  it('shows a stored event with its dates in Paris time, ready to post again unchanged', () => {
    const event = {
      kind: 'webinar',
      title: 'Webinaire',
      summary: 'Résumé',
      description: 'Texte',
      startsAt: '2026-07-01T07:00:00Z',
      endsAt: '2026-07-01T08:00:00Z',
      joinUrl: 'https://visio.exemple.fr/salle',
      waitlist: false,
    } as HubEvent;

    const values = eventFormValuesOf(event);
    const parsed = patchBodyFromForm(values);

    expect(values).toMatchObject({ startsAt: '2026-07-01T09:00', endsAt: '2026-07-01T10:00', capacity: '' });
    expect(parsed.ok && parsed.body).toMatchObject({
      startsAt: '2026-07-01T09:00:00+02:00',
      joinUrl: 'https://visio.exemple.fr/salle',
      venue: null,
    });
  });
});
