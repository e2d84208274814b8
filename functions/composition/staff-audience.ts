import { DynamoEventStore } from '../events/dynamo-event-store.js';
import { EventService } from '../events/event-service.js';
import { renderMarkdown } from '../events/markdown.js';
import { DynamoRegistrationStore } from '../registrations/dynamo-registration-store.js';
import { RegistrationService } from '../registrations/registration-service.js';
import { DynamoSubscriberStore } from '../newsletter/dynamo-subscriber-store.js';
import { DynamoCampaignStore } from '../campaigns/dynamo-campaign-store.js';
import type { Audience } from './public-hub.js';

/** The full hub's classes: each public store and service with the staff and job operations added. */
export interface StaffParts {
  eventStore: DynamoEventStore;
  registrationStore: DynamoRegistrationStore;
  subscriberStore: DynamoSubscriberStore;
  campaignStore: DynamoCampaignStore;
  registrations: RegistrationService;
  events: EventService;
}

export const STAFF_AUDIENCE: Audience<StaffParts> = {
  EventStore: DynamoEventStore,
  RegistrationStore: DynamoRegistrationStore,
  SubscriberStore: DynamoSubscriberStore,
  CampaignStore: DynamoCampaignStore,
  Registrations: RegistrationService,
  // Descriptions are rendered when staff save an event (markdown-it is imported then); reads never render.
  events: ({ store, registrationStore, notifier, clock, registrations }) =>
    new EventService(store, registrationStore, notifier, clock, registrations, renderMarkdown),
};
