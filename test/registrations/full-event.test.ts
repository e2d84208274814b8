import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingNotifier, publishedEvent, register, registrationBody } from './fixtures.js';

describe('an event full without waitlist', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub({ notifier: new RecordingNotifier() });
  });

  it('still tells a registered address it is registered, and newcomers 409', async () => {
    const event = await publishedEvent(t, { capacity: 2, waitlist: false });
    await register(t, event, registrationBody({ email: 'premiere@exemple.fr' }));
    await register(t, event, registrationBody({ email: 'seconde@exemple.fr' }));
    const refused = await register(t, event, registrationBody({ email: 'troisieme@exemple.fr' }));

    const again = await register(t, event, registrationBody({ email: ' PREMIERE@exemple.fr ' }));
    const refusedAgain = await register(t, event, registrationBody({ email: 'quatrieme@exemple.fr' }));

    expect(refused.status).toBe(409);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ outcome: 'already-registered' });
    expect(refusedAgain.status).toBe(409);
  });

  it('gives a freed seat to the next person once someone cancels', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: false });
    const seated = (await (
      await register(t, event, registrationBody({ email: 'assis@exemple.fr' }))
    ).json()) as {
      id: string;
    };
    expect((await register(t, event, registrationBody({ email: 'refuse@exemple.fr' }))).status).toBe(409);

    await t.hub.registrationStore.cancel(event.id, seated.id, new Date());
    const next = await register(t, event, registrationBody({ email: 'suivant@exemple.fr' }));

    expect(next.status).toBe(201);
    expect(((await next.json()) as { status: string }).status).toBe('confirmed');
  });
});
