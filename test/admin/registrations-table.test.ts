import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { getPage, postStaffForm } from './staff-forms.js';

describe('the registrations table', () => {
  let t: TestHub;
  let cookie: string;
  let event: HubEvent;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
    event = await publishedEvent(t, { title: 'Journée à la porte', capacity: 2, waitlist: true });
    const people = [
      { firstName: 'Élodie', lastName: 'Garnier', organisation: 'REEfine' },
      { firstName: 'Marc', lastName: 'Petit', organisation: 'MagREEsource' },
      { firstName: 'Inès', lastName: 'Morel', organisation: 'FEDERREC' },
    ];
    for (const person of people) {
      const response = await register(
        t,
        event,
        registrationBody({ ...person, email: uniqueEmail(person.lastName.toLowerCase()) }),
      );
      ids[person.lastName] = ((await response.json()) as { id: string }).id;
    }
  });

  const path = () => `/admin/evenements/${event.id}/inscriptions`;

  it('finds people by name without accents, by organisation, and by status', async () => {
    const byName = await getPage(t, cookie, `${path()}?q=elodie`);
    const byOrganisation = await getPage(t, cookie, `${path()}?q=magree`);
    const waiting = await getPage(t, cookie, `${path()}?statut=attente`);
    const nonsense = await getPage(t, cookie, `${path()}?statut=%3Cscript%3E`);

    expect(byName.html).toContain('Élodie Garnier');
    expect(byName.html).not.toContain('Marc Petit');
    expect(byName.html).toContain('1 inscription sur 3');
    expect(byOrganisation.html).toContain('Marc Petit');
    expect(byOrganisation.html).not.toContain('Élodie Garnier');
    expect(waiting.html).toContain('Inès Morel');
    expect(waiting.html).not.toContain('Marc Petit');
    expect(nonsense.status).toBe(200);
    expect(nonsense.html).toContain('3 inscriptions');
    expect(byName.html).toContain(`href="/api/admin/events/${event.id}/registrations.csv"`);
  });

  it('checks a person in from their row and comes back to the same search with a notice', async () => {
    const response = await postStaffForm(t, cookie, `${path()}/${ids.Garnier}/presence`, {
      q: 'elodie',
      statut: 'tous',
    });

    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toBe(`${path()}?q=elodie&pointe=${ids.Garnier}`);
    expect((await t.hub.registrationStore.get(event.id, ids.Garnier!))?.checkedInAt).toBeTruthy();
    const page = await getPage(t, cookie, location);
    expect(page.html).toContain('role="status">Présence enregistrée : Élodie Garnier.</p>');
    expect(page.html).toContain('Présent à');
    expect(page.html).not.toContain(`action="${path()}/${ids.Garnier}/presence"`);
  });

  it('gives a waitlisted person a seat by hand, one more when full, and says so', async () => {
    const response = await postStaffForm(t, cookie, `${path()}/${ids.Morel}/confirmer`, {
      q: '',
      statut: 'attente',
    });

    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toBe(`${path()}?statut=attente&confirme=${ids.Morel}&place=ajoutee`);
    expect(await t.hub.events.get(event.id)).toMatchObject({
      capacity: 3,
      confirmedCount: 3,
      waitlistedCount: 0,
    });
    expect((await getPage(t, cookie, location)).html).toContain(
      'Inès Morel a maintenant une place confirmée et reçoit un e-mail avec l’invitation. L’événement était complet : une place a été ajoutée.',
    );
  });

  it('explains a refused action on the table itself, with its status', async () => {
    const response = await postStaffForm(t, cookie, `${path()}/${ids.Petit}/confirmer`, {});

    expect(response.status).toBe(409);
    expect(await response.text()).toContain('Cette personne n’est pas sur la liste d’attente.');
  });
});
