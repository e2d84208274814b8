import { describe, expect, it } from 'vitest';
import type { CfnElement } from 'aws-cdk-lib';
import { ROUTE_THROTTLES } from '../../lib/route-throttles.js';
import { synthesiseHub, TEST_PARAMETERS } from './hub-stacks.js';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] }>;

describe('the gateway throttles each public POST route callable without a token', () => {
  const { appTemplate } = synthesiseHub();
  const resources = appTemplate.toJSON().Resources as Resources;
  const ofType = (type: string) => Object.entries(resources).filter(([, resource]) => resource.Type === type);
  const [stageId, stage] = ofType('AWS::ApiGatewayV2::Stage')[0]!;
  const routes = ofType('AWS::ApiGatewayV2::Route');
  const routeKey = (key: string) => routes.find(([, route]) => route.Properties.RouteKey === key);

  it('with route settings of their own, below the stage default', () => {
    const settings = stage.Properties.RouteSettings as Record<string, Record<string, number>>;
    expect(Object.keys(settings).sort()).toEqual(
      [
        'POST /api/auth/magic-link',
        'POST /api/events/{slug}/registrations',
        'POST /api/newsletter/subscriptions',
        'POST /connexion',
        'POST /en/sign-in',
      ].sort(),
    );
    const stageDefault = stage.Properties.DefaultRouteSettings as { ThrottlingRateLimit: number };
    for (const [key, { rateLimit, burstLimit }] of Object.entries(ROUTE_THROTTLES)) {
      expect(settings[key]).toEqual({ ThrottlingRateLimit: rateLimit, ThrottlingBurstLimit: burstLimit });
      expect(rateLimit).toBeLessThan(stageDefault.ThrottlingRateLimit);
    }
  });

  it('on routes that exist before the stage, the sign-in ones still reaching the full app', () => {
    const staffTarget = JSON.stringify(routeKey('$default')![1].Properties.Target);
    for (const key of Object.keys(ROUTE_THROTTLES)) {
      const [id] = routeKey(key) ?? [];
      expect(id, key).toBeDefined();
      expect(resources[stageId]!.DependsOn).toContain(id);
    }
    for (const key of ['POST /api/auth/magic-link', 'POST /connexion', 'POST /en/sign-in'])
      expect(JSON.stringify(routeKey(key)![1].Properties.Target)).toBe(staffTarget);
  });
});

describe('the rate limits of a deployment', () => {
  it('keep the app’s default budget unless `rateLimitPerMinute` is given, then both API functions get it', () => {
    const budgetOf = (hub: ReturnType<typeof synthesiseHub>) => {
      const resources = hub.appTemplate.toJSON().Resources as Resources;
      return [hub.app.api.handler, hub.app.api.staffHandler].map((fn) => {
        const id = hub.app.getLogicalId(fn.function.node.defaultChild as CfnElement);
        const environment = resources[id]!.Properties.Environment as { Variables: Record<string, unknown> };
        return environment.Variables.HUB_RATE_LIMIT_PER_MINUTE;
      });
    };

    expect(budgetOf(synthesiseHub())).toEqual([undefined, undefined]);
    expect(budgetOf(synthesiseHub({ ...TEST_PARAMETERS, rateLimitPerMinute: 60 }))).toEqual(['60', '60']);
  });
});
