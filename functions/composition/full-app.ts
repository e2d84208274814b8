import { OpenAPIHono } from '@hono/zod-openapi';
import type { HubApp, HubEnv } from '../http/env.js';
import { validationHook } from '../http/validation.js';
import { declaredRoutes, mountRoutes } from '../http/register-route.js';
import { documentRoutes } from '../http/route-docs.js';
import { setUpBaseApp } from './base-app.js';
import { shareImageRoute } from '../pages/share-image-route.js';
import { PUBLIC_ROUTE_DOCS } from './public-route-docs.js';
import { publicRoutes } from './public-app.js';
import type { HubConfig } from '../config/config.js';
import { createAwsClients } from './adapters.js';
import { buildHub, type Hub } from './hub.js';
import { authRoutes } from '../auth/routes.js';
import { eventShareImageRoute, staffEventRoutes } from '../events/routes.js';
import { calendarRoutes } from '../calendar/routes.js';
import { staffRegistrationRoutes } from '../registrations/routes.js';
import { adminRoutes } from '../admin/routes.js';
import { partnerRoutes } from '../partners/routes.js';
import { partnerPages } from '../partners/pages/routes.js';
import { kitRoutes } from '../kits/routes.js';
import { kitPages, staffKitPages } from '../kits/pages/routes.js';
import { campaignRoutes } from '../campaigns/routes.js';
import { rgpdRoutes } from '../rgpd/routes.js';
import { topicRoutes } from '../newsletter/routes.js';
import { campaignPages } from '../campaigns/pages/routes.js';
import { fullAppRateLimits } from '../limits/routes.js';
import { attendanceRoutes } from '../attendance/routes.js';
import { attendanceSheetPages } from '../attendance/pages/routes.js';
import { certificateRoutes } from '../certificates/routes.js';
import { certificatePages } from '../certificates/pages/routes.js';
import { surveyRoutes } from '../surveys/routes.js';
import { staffSurveyPages, surveyPages } from '../surveys/pages/routes.js';
import { attendanceSheetRoutes } from '../attendance-sheets/routes.js';
import { replayRoutes } from '../replays/routes.js';
import { replayPages } from '../replays/pages/routes.js';
import { staffProgrammeRoutes } from '../programme/routes.js';
import { speakerRoutes } from '../speakers/routes.js';
import { programmePages } from '../programme/pages/routes.js';
import { speakerPages } from '../speakers/pages/routes.js';

export interface AppOptions {
  /** Routes only the local hub has (mailbox…); Lambda never passes any. */
  extend?: (app: HubApp) => void;
  /** Local hub only: whether its data are the demo's, which the dashboard then says. */
  demoData?: () => boolean;
}

/**
 * The staff and partner routes, in the order they are mounted: the auth guards (`/admin/*`, `/api/admin/*`)
 * first, so that they run before every route mounted after them.
 */
export function staffRoutes(services: Hub, options: Pick<AppOptions, 'demoData'> = {}): HubApp[] {
  const { config, clock } = services;
  const baseUrl = config.HUB_BASE_URL;
  const sessions = { signIn: services.signIn, config };
  const kitDeps = {
    ...sessions,
    kits: services.kits,
    shareLinks: services.shareLinks,
    partners: services.partners,
  };
  return [
    fullAppRateLimits({ limits: services.rateLimits, perMinute: config.HUB_RATE_LIMIT_PER_MINUTE }),
    authRoutes({ ...sessions, clock }),
    staffEventRoutes({ events: services.events, shareImages: services.shareImages, clock, baseUrl }),
    staffProgrammeRoutes({ programme: services.programmeAdmin }),
    speakerRoutes({ speakers: services.speakers }),
    programmePages({
      events: services.events,
      programme: services.programmeAdmin,
      speakers: services.speakers,
    }),
    speakerPages({ speakers: services.speakers }),
    calendarRoutes({
      events: services.eventStore,
      programme: services.programme,
      clock,
      baseUrl,
      organiser: { name: config.HUB_MAIL_FROM_NAME, email: config.HUB_MAIL_FROM },
    }),
    staffRegistrationRoutes({ registrations: services.registrations }),
    attendanceRoutes({ attendance: services.attendance }),
    attendanceSheetPages({
      attendance: services.attendance,
      registrations: services.registrationStore,
      clock,
      baseUrl,
    }),
    adminRoutes({
      events: services.events,
      shareImages: services.shareImages,
      registrations: services.registrations,
      campaigns: services.campaigns,
      kits: services.kits,
      suppression: services.suppression,
      clock,
      demoData: options.demoData,
    }),
    partnerRoutes({ partners: services.partners }),
    partnerPages({ partners: services.partners }),
    kitRoutes(kitDeps),
    kitPages(kitDeps),
    staffKitPages(kitDeps),
    campaignRoutes({ campaigns: services.campaigns }),
    rgpdRoutes({ personData: services.personData, clock }),
    replayRoutes({ replays: services.replayAdmin }),
    replayPages({ replays: services.replayAdmin, previews: services.replays }),
    topicRoutes({ topics: services.topics }),
    attendanceSheetRoutes({ sheets: services.attendanceSheets, organiser: config.HUB_MAIL_FROM_NAME }),
    certificateRoutes({ certificates: services.certificates }),
    certificatePages({ certificates: services.certificates }),
    surveyRoutes({ surveys: services.surveys }),
    surveyPages({ surveys: services.surveys }),
    staffSurveyPages({ surveys: services.surveys, events: services.events }),
    campaignPages({
      campaigns: services.campaigns,
      events: services.events,
      newsletter: services.newsletter,
      clock,
      baseUrl,
    }),
  ];
}

/**
 * The whole hub in one Hono app: the public routes, then the staff and partner ones behind the auth guards.
 * Served by @hono/node-server locally and by hono/aws-lambda in the staff function.
 */
export function createApp(services: Hub, options: AppOptions = {}): HubApp {
  const app = setUpBaseApp(new OpenAPIHono<HubEnv>({ defaultHook: validationHook }), {
    config: services.config,
    objectStoreOrigin: services.blobs.publicOrigin,
  });

  for (const routes of publicRoutes(services)) mountRoutes(app, routes);
  // The public routes are declared with zod/mini (functions/http/route-spec.ts), which the registry cannot read;
  // their documentation lives apart so that the public function does not carry it.
  documentRoutes(app.openAPIRegistry, declaredRoutes(app), PUBLIC_ROUTE_DOCS);
  for (const routes of staffRoutes(services, options)) mountRoutes(app, routes);
  // Not a public-function route: the image would weigh on every cold start of the public site, and link
  // previews fetch it rarely (the gateway's `$default` brings it here).
  mountRoutes(app, shareImageRoute());
  mountRoutes(app, eventShareImageRoute({ shareImages: services.shareImages }));
  options.extend?.(app);

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'filiere-hub',
      version: '0.1.0',
      description:
        'API du hub de communication et d’événements de la filière aimants et terres rares (AURA).',
    },
  });
  return app;
}

/** What the staff Lambda serves: the full app (staff, partners, and the public routes too). */
export function fullApp(config: HubConfig): HubApp {
  return createApp(buildHub(config, createAwsClients(config)));
}
