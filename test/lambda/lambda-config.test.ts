import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLambdaConfig } from '../../functions/lambda/lambda-config.js';

const secrets = mockClient(SecretsManagerClient);
const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:SigningKey-AbCdEf';
const env = {
  HUB_STAFF_EMAILS: 'equipe@filiere-test.fr',
  HUB_SIGNING_KEY_SECRET_ARN: SECRET_ARN,
  AWS_REGION: 'eu-west-3',
};

describe('the Lambda configuration', () => {
  afterEach(() => secrets.reset());

  it('reads the signing key from Secrets Manager', async () => {
    const key = 'k'.repeat(64);
    secrets.on(GetSecretValueCommand, { SecretId: SECRET_ARN }).resolves({ SecretString: key });

    const config = await loadLambdaConfig(env);

    expect(config.HUB_SIGNING_KEY).toBe(key);
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });

  it('fails fast when the secret is too short to sign with', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: 'court' });
    await expect(loadLambdaConfig(env)).rejects.toThrow(/HUB_SIGNING_KEY/);
  });
});
