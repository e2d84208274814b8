import type { AwsClients } from './adapters.js';
import type { HubConfig } from '../config/config.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { Mailer } from '../mail/mailer.js';
import type { HubEvent } from '../events/event.js';
import type { EventReader } from '../events/event-store.js';
import type { Registration } from '../registrations/registration.js';
import type { RegistrationReader } from '../registrations/registration-store.js';
import type { AttendanceReader } from '../attendance/attendance-store.js';
import { hasAttendance } from '../events/events-rules.js';
import { CertificateService } from '../certificates/certificate-service.js';
import { DynamoCertificateStore } from '../certificates/dynamo-certificate-store.js';
import { CertificateMails } from '../certificates/certificate-mails.js';
import { SurveyService } from '../surveys/survey-service.js';
import { DynamoSurveyStore } from '../surveys/dynamo-survey-store.js';
import type { SurveyNotifier } from '../surveys/survey-notifier.js';
import { AttendanceSheetService } from '../attendance-sheets/attendance-sheet-service.js';

/** What a training leaves behind: its attendance sheet, the certificates, the satisfaction survey. */
export interface TrainingServices {
  attendanceSheets: AttendanceSheetService;
  certificates: CertificateService;
  surveys: SurveyService;
}

export interface TrainingDeps {
  mailer: Mailer;
  signer: LinkSigner;
  clock: Clock;
  events: EventReader & { listPublished(): Promise<HubEvent[]> };
  registrations: RegistrationReader & {
    get(eventId: string, registrationId: string): Promise<Registration | undefined>;
  };
  attendance: AttendanceReader;
  /** The survey's mails go through the outbox. */
  surveyNotifier: SurveyNotifier;
}

export function buildTrainingServices(
  config: Pick<
    HubConfig,
    'HUB_TABLE_NAME' | 'HUB_BASE_URL' | 'HUB_CERTIFICATE_ISSUER_NAME' | 'HUB_CERTIFICATE_ISSUER_TITLE'
  >,
  clients: Pick<AwsClients, 'dynamo'>,
  deps: TrainingDeps,
): TrainingServices {
  const table = config.HUB_TABLE_NAME;
  const { mailer, signer, clock, events, registrations, attendance } = deps;
  return {
    attendanceSheets: new AttendanceSheetService({ events, registrations, attendance }),
    certificates: new CertificateService({
      store: new DynamoCertificateStore(clients.dynamo, table),
      events,
      registrations,
      attendance,
      mails: new CertificateMails(mailer),
      signer,
      clock,
      issuer: { name: config.HUB_CERTIFICATE_ISSUER_NAME, title: config.HUB_CERTIFICATE_ISSUER_TITLE },
      baseUrl: config.HUB_BASE_URL,
    }),
    surveys: buildSurveyService(config, clients, deps),
  };
}

/** The survey alone: what the reminder job runs every minute besides the reminders. */
export function buildSurveyService(
  config: Pick<HubConfig, 'HUB_TABLE_NAME' | 'HUB_BASE_URL'>,
  clients: Pick<AwsClients, 'dynamo'>,
  deps: Omit<TrainingDeps, 'mailer' | 'attendance'> & { attendance: Pick<AttendanceReader, 'signatures'> },
): SurveyService {
  return new SurveyService({
    store: new DynamoSurveyStore(clients.dynamo, config.HUB_TABLE_NAME),
    events: deps.events,
    registrations: deps.registrations,
    attendance: deps.attendance,
    takesAttendance: hasAttendance,
    mails: deps.surveyNotifier,
    signer: deps.signer,
    clock: deps.clock,
    baseUrl: config.HUB_BASE_URL,
  });
}
