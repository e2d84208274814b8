import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { createHubStacks, type HubStacks } from '../../lib/hub-app.js';
import type { HubParameters } from '../../lib/parameters.js';

export const TEST_PARAMETERS: HubParameters = {
  senderDomain: 'filiere-test.fr',
  senderAddress: 'evenements@filiere-test.fr',
  staffEmails: ['equipe@filiere-test.fr', 'direction@filiere-test.fr'],
  alarmEmail: 'alertes@filiere-test.fr',
  sesMaxRate: 14,
  region: 'eu-west-3',
};

/** The context of cdk.json, so tests synthesise with the same feature flags as `npm run synth`. */
const cdkJsonContext = (
  JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

export interface SynthesisedHub extends HubStacks {
  cdkApp: App;
  dataTemplate: Template;
  appTemplate: Template;
}

/**
 * Both stacks, bundling skipped (no esbuild run: ~50 ms instead of seconds) and CloudFormation's wasm
 * validator left to `npm run synth`, which CI runs.
 */
export function synthesiseHub(parameters: HubParameters = TEST_PARAMETERS): SynthesisedHub {
  const cdkApp = new App({
    context: { ...cdkJsonContext, 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: false,
  });
  const stacks = createHubStacks(cdkApp, parameters, '123456789012');
  return {
    ...stacks,
    cdkApp,
    dataTemplate: Template.fromStack(stacks.data),
    appTemplate: Template.fromStack(stacks.app),
  };
}

/** The statements of every inline policy attached to the role of the given function, in template order. */
export function statementsOfRole<S = unknown>(template: Template, roleLogicalId: string): S[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as {
    Properties: { Roles: unknown; PolicyDocument: { Statement: S[] } };
  }[];
  return policies
    .filter((policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: roleLogicalId }]))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}
