import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../functions/config/config.js';
import { RETENTION_CONFIG } from '../../functions/composition/jobs/retention.js';
import { SES_EVENTS_CONFIG } from '../../functions/composition/jobs/ses-events.js';
import { PUBLIC_CONFIG } from '../../functions/composition/public-hub.js';

const FEEDBACK_ENV = {
  HUB_TABLE_NAME: 'filiere-hub',
  HUB_STAFF_EMAILS: 'equipe@filiere-test.fr',
  HUB_MAIL_FROM: 'evenements@filiere-test.fr',
  HUB_BASE_URL: 'https://hub.filiere-test.fr',
};

describe('an entry reading its part of the configuration', () => {
  it('needs nothing outside its part: the SES feedback function has no signing key', () => {
    const config = loadConfig(FEEDBACK_ENV, SES_EVENTS_CONFIG);

    expect(config).toMatchObject({ HUB_TABLE_NAME: 'filiere-hub', HUB_CAMPAIGN_PAUSE_MIN_SENT: 100 });
    expect(config).not.toHaveProperty('HUB_SIGNING_KEY');
    expect(() => loadConfig(FEEDBACK_ENV)).toThrow(/HUB_SIGNING_KEY/);
  });

  it('fails on a bad value of its part with a ConfigError naming the variable', () => {
    const read = () =>
      loadConfig({ ...FEEDBACK_ENV, HUB_CAMPAIGN_MAX_BOUNCE_RATE: '4 %' }, SES_EVENTS_CONFIG);

    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/HUB_CAMPAIGN_MAX_BOUNCE_RATE/);
  });

  it('leaves alone a variable it does not read, however wrong', () => {
    const config = loadConfig(
      { HUB_RETENTION_DAYS: '30', HUB_BASE_URL: 'pas une adresse' },
      RETENTION_CONFIG,
    );

    expect(config).toEqual({
      HUB_TABLE_NAME: 'filiere-hub',
      AWS_REGION: 'eu-west-3',
      DYNAMODB_ENDPOINT: undefined,
      HUB_RETENTION_DAYS: 30,
      HUB_ATTENDANCE_RETENTION_DAYS: 1095,
    });
  });

  it('runs the public function without the staff addresses, which only the full app reads', () => {
    const env = { HUB_SIGNING_KEY: 'k'.repeat(32), HUB_BASE_URL: 'https://hub.filiere-test.fr' };

    expect(loadConfig(env, PUBLIC_CONFIG)).toMatchObject({ HUB_MAX_BODY_BYTES: 65536 });
    expect(() => loadConfig(env)).toThrow(/HUB_STAFF_EMAILS/);
  });
});
