import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  DomainName,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { HubFunction } from '../hub-function.js';
import { LAMBDA_BUNDLES } from '../lambda-bundling.js';
import type { HubParameters } from '../parameters.js';

export interface ApiConstructProps {
  environment: Record<string, string>;
  customDomain?: HubParameters['customDomain'];
}

/** The campaign screens and API: the only requests that may compile MJML. */
/** Staff paths whose code needs the staff-only modules (campaign compiler, kit thumbnails). */
export const STAFF_PATHS = ['/api/admin/campaigns', '/admin/campagnes', '/api/admin/kits', '/admin/kits'];

/**
 * Publishing a kit version streams its ZIP to S3 inside the request. An HTTP API waits at most 30 s for its
 * integration; one second less lets the function time out first, logged and counted by the Errors alarm,
 * instead of the gateway answering 503 while the function still writes.
 */
export const API_TIMEOUT = Duration.seconds(29);

/**
 * The public site, the public API and the staff API: one HTTP API whose routes hand requests to the Hono app,
 * which routes, validates and authenticates (staff sessions) itself. The same app runs in two functions split
 * by audience: the campaign paths go to the staff function, bundled with mjml; everything else (`$default`)
 * to the public function, which stays small.
 */
export class ApiConstruct extends Construct {
  readonly handler: HubFunction;
  readonly staffHandler: HubFunction;
  readonly httpApi: HttpApi;
  /** What links in mails point at: the custom domain when there is one. */
  readonly baseUrl: string;

  constructor(scope: Construct, id: string, props: ApiConstructProps) {
    super(scope, id);
    this.handler = new HubFunction(this, 'Handler', {
      bundle: LAMBDA_BUNDLES.api,
      description: 'Site, API publique et API équipe du hub (Hono), sans les campagnes',
      timeout: API_TIMEOUT,
      // More memory buys proportionally more CPU and network: cold starts, page rendering and the publication
      // ZIP (streamed, so its memory stays flat whatever the kit's size) are CPU-bound.
      memorySize: 1024,
      environment: props.environment,
    });
    this.staffHandler = new HubFunction(this, 'StaffHandler', {
      bundle: LAMBDA_BUNDLES.staffApi,
      description: 'Campagnes du hub (écrans et API équipe, compilation MJML)',
      timeout: API_TIMEOUT,
      memorySize: 1024,
      environment: props.environment,
    });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'filiere-hub',
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('App', this.handler.function),
    });
    const staffIntegration = new HttpLambdaIntegration('StaffApp', this.staffHandler.function);
    for (const path of STAFF_PATHS) {
      this.httpApi.addRoutes({
        path,
        methods: [HttpMethod.ANY],
        integration: staffIntegration,
      });
      this.httpApi.addRoutes({
        path: `${path}/{proxy+}`,
        methods: [HttpMethod.ANY],
        integration: staffIntegration,
      });
    }
    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'The site and the public API are public by design; the staff API is authenticated by the app itself (signed session cookie, checked on every /api/admin route by a test that walks the route table).',
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const domainName = props.customDomain
      ? new DomainName(this, 'Domain', {
          domainName: props.customDomain.domainName,
          certificate: Certificate.fromCertificateArn(this, 'Certificate', props.customDomain.certificateArn),
        })
      : undefined;
    new HttpStage(this, 'Stage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      // Far above a sector event's registration peak, low enough to cap the bill of a flood.
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
      ...(domainName ? { domainMapping: { domainName } } : {}),
    });

    this.baseUrl = props.customDomain ? `https://${props.customDomain.domainName}` : this.httpApi.apiEndpoint;
    for (const { function: fn } of [this.handler, this.staffHandler])
      fn.addEnvironment('HUB_BASE_URL', this.baseUrl);
  }
}
