import { RemovalPolicy, type Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsLogLevel,
  ParamsAndSecretsVersions,
} from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import {
  LAMBDA_ARCHITECTURE,
  LAMBDA_RUNTIME,
  PROJECT_ROOT,
  lambdaBundling,
  type LambdaBundle,
} from './lambda-bundling.js';

export interface HubFunctionProps {
  /** Entry and externals, from LAMBDA_BUNDLES. */
  bundle: LambdaBundle;
  description: string;
  timeout: Duration;
  memorySize?: number;
  environment: Record<string, string>;
}

/** A hub Lambda with the house settings: Node 24 on ARM64, ESM bundle, JSON logs kept one month. */
export class HubFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: HubFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An own role instead of AWSLambdaBasicExecutionRole (logs:* on every log group): it may write to its log group only.
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(this.role);
    this.function = new NodejsFunction(this, 'Function', {
      entry: join(PROJECT_ROOT, props.bundle.entry),
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      handler: 'handler',
      runtime: LAMBDA_RUNTIME,
      architecture: LAMBDA_ARCHITECTURE,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout,
      description: props.description,
      logGroup: this.logGroup,
      role: this.role,
      bundling: lambdaBundling(props.bundle),
      // A function given the signing key's ARN reads it through AWS's extension (functions/lambda/secrets-extension.ts):
      // no Secrets Manager client in its bundle, and the read is cached by the extension.
      paramsAndSecrets: props.environment.HUB_SIGNING_KEY_SECRET_ARN
        ? ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, {
            logLevel: ParamsAndSecretsLogLevel.WARN,
          })
        : undefined,
      environment: {
        POWERTOOLS_SERVICE_NAME: 'filiere-hub',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
    });
  }
}
