import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { HubEvent } from '../../functions/events/event.js';
import type { Campaign } from '../../functions/campaigns/campaign.js';
import { DynamoKitStore } from '../../functions/kits/dynamo-kit-store.js';
import { DynamoSuppressionList } from '../../functions/suppression/dynamo-suppression-list.js';
import { newId } from '../../functions/shared/ids.js';
import type { TestHub } from '../support/test-hub.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';

/** Every item of the test table whose JSON contains the text (the address), whatever the attribute. */
export async function itemsMentioning(t: TestHub, text: string): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await t.clients.dynamo.send(
      new ScanCommand({
        TableName: t.config.HUB_TABLE_NAME,
        ExclusiveStartKey: startKey,
        ConsistentRead: true,
      }),
    );
    found.push(...(page.Items ?? []).filter((item) => JSON.stringify(item).toLowerCase().includes(text)));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return found;
}

export async function registerPerson(t: TestHub, event: HubEvent, email: string): Promise<string> {
  const response = await register(t, event, registrationBody({ email }));
  if (response.status !== 201) throw new Error(`registration refused: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

/** A campaign item as the store keeps it (what the tests need of it). */
export async function storedCampaign(
  t: TestHub,
  subject: string,
  createdBy = 'equipe@exemple.fr',
): Promise<string> {
  const id = newId();
  const at = t.hub.clock.now().toISOString();
  await t.hub.campaignStore.create({
    id,
    subject,
    audience: { topics: ['webinaires'] },
    mjml: '<mj-text>Bonjour</mj-text>',
    status: 'sent',
    html: '<p>Bonjour</p>',
    text: 'Bonjour',
    round: 1,
    pendingMessages: 0,
    stats: { audience: 1, sent: 1, delivered: 0, bounced: 0, complained: 0, unsubscribed: 0, skipped: 0 },
    createdBy,
    createdAt: at,
    updatedAt: at,
  } as unknown as Campaign);
  return id;
}

/**
 * Gives the address one item of every kind the hub keeps about people: a confirmed subscription, a
 * registration to an upcoming event, a sent (and opened) and a skipped campaign marker, a soft bounce, a partner
 * membership with a sign-in link, a kit download and follow.
 */
export async function personWithEverything(t: TestHub, email: string) {
  const now = t.hub.clock.now();
  await t.hub.newsletter.seedTopics();
  await t.hub.subscriberStore.recordRequest(
    {
      email,
      nonce: 'n1',
      topics: ['webinaires'],
      firstName: 'Camille',
      tracking: true,
      consent: { at: now.toISOString(), source: 'newsletter-api', textVersion: 'v1' },
      expiresAt: new Date(now.getTime() + 86_400_000),
    },
    now,
  );
  await t.hub.subscriberStore.confirm(email, 'n1', now);

  const event = await publishedEvent(t, { capacity: 10 });
  const registrationId = await registerPerson(t, event, email);

  const sentCampaign = await storedCampaign(t, 'Lettre de novembre');
  await t.hub.campaignStore.claimSend(sentCampaign, email, now, 60_000);
  await t.hub.campaignStore.completeSend(sentCampaign, email, 'message-1', now);
  await t.hub.campaignStore.countPerson(sentCampaign, 'open', email, now);
  // The address also wrote one (a staff member asking for erasure).
  const skippedCampaign = await storedCampaign(t, 'Lettre de décembre', email);
  await t.hub.campaignStore.skipSend(skippedCampaign, email, 'opted-out', now);

  await new DynamoSuppressionList(t.clients.dynamo, t.config.HUB_TABLE_NAME).recordSoftBounce(email, now);

  const organisation = await t.hub.partners.createOrganisation('MagREEsource');
  await t.hub.partners.inviteMember(organisation.id, { email, name: 'Camille Durand' });
  await t.hub.signIn.requestLink(email);

  const kitStore = new DynamoKitStore(t.clients.dynamo, t.config.HUB_TABLE_NAME);
  const kitId = newId();
  await kitStore.createKit({
    id: kitId,
    slug: `kit-${kitId.toLowerCase()}`,
    title: 'Kit presse',
    description: 'Logos et visuels',
    audience: 'partners',
    createdAt: now.toISOString(),
    latestVersion: 1,
  });
  await kitStore.recordDownload({
    id: newId(),
    kitId,
    version: 1,
    email,
    organisationId: organisation.id,
    via: 'partner',
    at: now.toISOString(),
  });
  return { event, registrationId, sentCampaign, skippedCampaign, organisation, kitId };
}
