import type { App } from 'aws-cdk-lib';
import { AppStack } from './app-stack.js';
import { DataStack } from './data-stack.js';
import { siteOrigin, type HubParameters } from './parameters.js';

export interface HubStacks {
  data: DataStack;
  app: AppStack;
}

/** Both stacks of one deployment, in the account of the caller's credentials and the chosen region. */
export function createHubStacks(app: App, parameters: HubParameters, account?: string): HubStacks {
  const env = { account, region: parameters.region };
  const data = new DataStack(app, 'FiliereHubData', {
    env,
    description: 'filiere-hub : données (table, clé de signature, identité SES, fichiers des kits)',
    senderDomain: parameters.senderDomain,
    siteOrigin: siteOrigin(parameters),
    terminationProtection: true,
  });
  const stack = new AppStack(app, 'FiliereHubApp', {
    env,
    description: 'filiere-hub : code (API, rappels, retours SES, alarmes)',
    parameters,
    table: data.table,
    signingKey: data.signingKey,
    kitsBucketArnExport: data.kitsBucketArnExport,
    configurationSetName: data.configurationSet.configurationSetName,
  });
  // The kits bucket comes by a named export, which CDK does not count as a dependency.
  stack.addStackDependency(data);
  return { data, app: stack };
}
