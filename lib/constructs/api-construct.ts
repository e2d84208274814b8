import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  DomainName,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
  type CfnStage,
  type HttpRoute,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { HubFunction } from '../hub-function.js';
import { LAMBDA_BUNDLES } from '../lambda-bundling.js';
import type { HubParameters } from '../parameters.js';
import { PUBLIC_ROUTES } from '../public-routes.js';
import { ROUTE_THROTTLES, THROTTLED_STAFF_ROUTES } from '../route-throttles.js';

export interface ApiConstructProps {
  environment: Record<string, string>;
  customDomain?: HubParameters['customDomain'];
}

/**
 * Publishing a kit version streams its ZIP to S3 inside the request. An HTTP API waits at most 30 s for its
 * integration; one second less lets the function time out first, logged and counted by the Errors alarm,
 * instead of the gateway answering 503 while the function still writes.
 */
export const API_TIMEOUT = Duration.seconds(29);

/**
 * The public site, the public API and the staff API: one HTTP API whose routes hand requests to the Hono app,
 * which routes, validates and authenticates (staff sessions) itself. Two functions split by audience: the
 * public routes (lib/public-routes.ts) go to the public function, whose bundle holds only the public
 * composition and route modules; everything else (`$default`: staff, partners, sign-in, calendars, the
 * OpenAPI document) to the full app.
 */
export class ApiConstruct extends Construct {
  /** The public site and API only. */
  readonly handler: HubFunction;
  /** The full app: staff, partners, and every path that is not a public route. */
  readonly staffHandler: HubFunction;
  readonly httpApi: HttpApi;
  /** What links in mails point at: the custom domain when there is one. */
  readonly baseUrl: string;

  constructor(scope: Construct, id: string, props: ApiConstructProps) {
    super(scope, id);
    this.handler = new HubFunction(this, 'Handler', {
      bundle: LAMBDA_BUNDLES.api,
      description: 'Site et API publics du hub (Hono) : événements, inscriptions, lettre d’information',
      timeout: API_TIMEOUT,
      // More memory buys proportionally more CPU and network: cold starts and page rendering are CPU-bound.
      memorySize: 1024,
      environment: props.environment,
    });
    this.staffHandler = new HubFunction(this, 'StaffHandler', {
      bundle: LAMBDA_BUNDLES.staffApi,
      description: 'Hub complet (Hono) : équipe, partenaires, kits, campagnes, connexion, agendas',
      timeout: API_TIMEOUT,
      // The publication ZIP is streamed (its memory stays flat whatever the kit's size) and CPU-bound.
      memorySize: 1024,
      environment: props.environment,
    });

    const staffIntegration = new HttpLambdaIntegration('StaffApp', this.staffHandler.function);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'filiere-hub',
      createDefaultStage: false,
      defaultIntegration: staffIntegration,
    });
    // A route with a method and a path wins over `$default`: HEAD, OPTIONS and any other method fall through to
    // the full app, which answers them as it always has.
    const publicIntegration = new HttpLambdaIntegration('App', this.handler.function);
    const routes: HttpRoute[] = [];
    for (const { method, path } of PUBLIC_ROUTES)
      routes.push(
        ...this.httpApi.addRoutes({ path, methods: [HttpMethod[method]], integration: publicIntegration }),
      );
    // The sign-in link's routes go to the full app, as `$default` would send them, with a route of their own
    // so that the stage can throttle them.
    for (const { method, path } of THROTTLED_STAFF_ROUTES)
      routes.push(
        ...this.httpApi.addRoutes({ path, methods: [HttpMethod[method]], integration: staffIntegration }),
      );
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
    const stage = new HttpStage(this, 'Stage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      // Far above a sector event's registration peak, low enough to cap the bill of a flood.
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
      ...(domainName ? { domainMapping: { domainName } } : {}),
    });
    (stage.node.defaultChild as CfnStage).routeSettings = Object.fromEntries(
      Object.entries(ROUTE_THROTTLES).map(([routeKey, { rateLimit, burstLimit }]) => [
        routeKey,
        { ThrottlingRateLimit: rateLimit, ThrottlingBurstLimit: burstLimit },
      ]),
    );
    // A route's settings name a route the stage must find: the routes are created first.
    for (const route of routes) stage.node.addDependency(route);

    this.baseUrl = props.customDomain ? `https://${props.customDomain.domainName}` : this.httpApi.apiEndpoint;
    for (const { function: fn } of [this.handler, this.staffHandler])
      fn.addEnvironment('HUB_BASE_URL', this.baseUrl);
  }
}
