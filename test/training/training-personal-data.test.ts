import { describe, expect, it } from 'vitest';
import { signInAsStaff } from '../support/auth.js';
import { register, signSlot, staffRequest, trainingHub, twoDayTraining } from './training-fixtures.js';

describe('certificates and survey answers as personal data', () => {
  it('exports them, and erasure revokes the certificate and deletes the answers', async () => {
    const t = await trainingHub();
    const event = await twoDayTraining(t);
    const person = await register(t, event, { firstName: 'Éloïse', lastName: 'Cœurdevey' });
    for (const slot of await t.hub.attendance.slots(event.id))
      await signSlot(t, slot, person, { typedName: 'Éloïse Cœurdevey' });
    t.clock.set(new Date(Date.parse(event.endsAt) + 60_000));
    t.cookie = await signInAsStaff(t);
    await staffRequest(t, `/api/admin/events/${event.id}/certificates`, { method: 'POST' });
    await t.hub.surveys.runDue(t.clock.now());
    const token = /\/enquete\/(\S+)/.exec(
      t.mailer.to(person.email).find((m) => m.subject.includes('avis'))!.text,
    )![1]!;
    await t.hub.surveys.answer(decodeURIComponent(token), {
      overall: 5,
      content: 4,
      trainers: 5,
      recommend: true,
      comment: 'Très concret.',
    });
    const [certificate] = await t.hub.certificates.listForEvent(event.id);

    const exported = await (
      await staffRequest(t, `/api/admin/people/${encodeURIComponent(person.email)}/export`)
    ).json();
    expect(exported.certificates).toEqual([
      expect.objectContaining({ number: certificate!.number, lastName: 'Cœurdevey', attendedMinutes: 960 }),
    ]);
    expect(exported.surveys).toEqual([
      expect.objectContaining({ answer: expect.objectContaining({ comment: 'Très concret.' }) }),
    ]);

    const warning = await t.app.request('/admin/personnes/effacer', {
      method: 'POST',
      headers: {
        cookie: t.cookie,
        origin: 'http://localhost:3000',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ email: person.email }).toString(),
    });
    expect(await warning.text()).toContain('L’effacement les révoque');

    const erased = await staffRequest(t, `/api/admin/people/${encodeURIComponent(person.email)}`, {
      method: 'DELETE',
    });
    expect(await erased.json()).toMatchObject({ erased: { certificatesRevoked: 1, surveyAnswers: 1 } });
    const page = await (
      await t.app.request(`/certificats/${certificate!.number}`, { headers: { accept: 'text/html' } })
    ).text();
    expect(page).toContain('révoqué');
    expect(page).not.toContain('É. C.');
    const stored = JSON.stringify(await t.hub.certificates.listForEvent(event.id));
    expect(stored).not.toContain('Cœurdevey');
    expect(stored).not.toContain(person.email);
    expect((await (await staffRequest(t, `/api/admin/events/${event.id}/survey`)).json()).answered).toBe(0);
  });
});

describe('certificates and survey answers past HUB_ATTENDANCE_RETENTION_DAYS', () => {
  it('keep verifying the certificate without its holder, and drop the answers', async () => {
    const t = await trainingHub();
    const event = await twoDayTraining(t);
    const person = await register(t, event, { firstName: 'Jules', lastName: 'Ancien' });
    for (const slot of await t.hub.attendance.slots(event.id))
      await signSlot(t, slot, person, { typedName: 'Jules Ancien' });
    t.clock.set(new Date(Date.parse(event.endsAt) + 60_000));
    await t.hub.surveys.runDue(t.clock.now());
    t.cookie = await signInAsStaff(t);
    await staffRequest(t, `/api/admin/events/${event.id}/certificates`, { method: 'POST' });
    const [certificate] = await t.hub.certificates.listForEvent(event.id);

    await t.hub.retention.run(new Date(Date.parse(event.endsAt) + 1096 * 24 * 60 * 60 * 1000));

    const [kept] = await t.hub.certificates.listForEvent(event.id);
    expect(kept).toMatchObject({ number: certificate!.number, lastName: '', email: '' });
    expect(await t.hub.certificates.verify(certificate!.number)).toMatchObject({ status: 'valide' });
    expect((await t.hub.surveys.results(event.id)).invited).toBe(0);
  });
});
