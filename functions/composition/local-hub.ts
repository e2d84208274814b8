import type { HubConfig } from '../config/config.js';
import type { HubApp } from '../http/env.js';
import type { Mailbox } from '../local/mailbox.js';
import { registerMailboxRoutes } from '../local/mailbox-routes.js';
import { registerLocalSesEvents } from '../local/ses-events-route.js';
import { createAwsClients, type AwsClients } from './adapters.js';
import type { Clock } from '../shared/clock.js';
import { buildHub, type Hub } from './hub.js';
import { createApp } from './full-app.js';

export interface LocalHub {
  clients: AwsClients;
  services: Hub;
  app: HubApp;
  /** The same services on another clock (the demo data's past weeks). */
  servicesAt(clock: Clock): Hub;
}

/**
 * The local hub: the full app's services and routes, plus what only it has (the mailbox, simulated SES
 * feedback, the dashboard's word that its data are a demo's).
 */
export function buildLocalHub(config: HubConfig, mailbox: Mailbox, demoData: () => boolean): LocalHub {
  const clients = createAwsClients(config);
  const services = buildHub(config, clients);
  const app = createApp(services, {
    demoData,
    extend: (localApp) => {
      registerMailboxRoutes(localApp, mailbox);
      registerLocalSesEvents(localApp, services);
    },
  });
  return { clients, services, app, servicesAt: (clock) => buildHub(config, clients, { clock }) };
}
