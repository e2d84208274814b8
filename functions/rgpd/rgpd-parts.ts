import type { HubConfig } from '../config/config.js';
import type { AwsClients } from '../store/clients.js';
import type { Clock } from '../shared/clock.js';
import { DynamoPersonDataStore } from './dynamo-person-data-store.js';
import { DynamoRetentionStore } from './dynamo-retention-store.js';
import { PersonDataService } from './person-data-service.js';
import type { SeatReleaser } from './person-data-store.js';
import { RetentionService } from './retention-service.js';

export interface RgpdParts {
  personData: PersonDataService;
  retention: RetentionService;
}

/** The RGPD capability's share of the composition root: export, erasure and the retention job. */
export function buildRgpdParts(
  config: HubConfig,
  clients: AwsClients,
  deps: { clock: Clock; seats: SeatReleaser },
): RgpdParts {
  const table = config.HUB_TABLE_NAME;
  return {
    personData: new PersonDataService({
      store: new DynamoPersonDataStore(clients.dynamo, table),
      seats: deps.seats,
      clock: deps.clock,
    }),
    retention: new RetentionService(
      new DynamoRetentionStore(clients.dynamo, table),
      config.HUB_RETENTION_DAYS,
    ),
  };
}
