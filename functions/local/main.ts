import { ConfigError } from '../config/config.js';
import { startLocalHub } from './local-hub.js';
import { readLocalOptions } from './local-options.js';

try {
  const options = readLocalOptions();
  const hub = await startLocalHub(options);
  const staff = hub.hub.config.HUB_STAFF_EMAILS.join(', ');
  console.log(`
filiere-hub local est démarré ${options.dataDir ? `(données dans ${options.dataDir})` : '(tout en mémoire)'}${hub.seeded ? ' — données de démonstration créées' : ''}

  Site public            ${hub.url}/
  Connexion de l'équipe  ${hub.url}/connexion   (adresse : ${staff})
  Boîte mail locale      ${hub.url}/_local/mail/view
  Document OpenAPI       ${hub.url}/openapi.json

Ctrl-C pour arrêter.`);

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nArrêt du hub…');
    hub.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
