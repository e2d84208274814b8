import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { createHubStacks } from '../lib/hub-app.js';
import { parametersFromContext } from '../lib/parameters.js';

const app = new App();
createHubStacks(
  app,
  parametersFromContext((key) => app.node.tryGetContext(key)),
  process.env.CDK_DEFAULT_ACCOUNT,
);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
