import type { Hub } from '../composition/hub.js';
import { seedEvents } from './seed-data.js';

/** Seeds the demo programme on a first start (an empty hub); true when it did. */
export async function seedDemoData(hub: Hub): Promise<boolean> {
  if ((await hub.events.listAll()).length > 0) return false;
  for (const input of seedEvents(hub.clock.now())) {
    const event = await hub.events.create(input);
    await hub.events.publish(event.id);
  }
  return true;
}
