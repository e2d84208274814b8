import { describe, expect, it } from 'vitest';
import { parametersFromContext, siteOrigin } from '../../lib/parameters.js';

const context = (values: Record<string, string>) => (key: string) => values[key];
const complete = {
  senderDomain: 'filiere-test.fr',
  senderAddress: 'evenements@filiere-test.fr',
  staffEmails: ' Equipe@filiere-test.fr, direction@filiere-test.fr ',
  alarmEmail: 'alertes@filiere-test.fr',
};

describe('deployment parameters', () => {
  it('reads the context, normalises staff e-mails and defaults to Paris', () => {
    expect(parametersFromContext(context(complete))).toEqual({
      senderDomain: 'filiere-test.fr',
      senderAddress: 'evenements@filiere-test.fr',
      staffEmails: ['equipe@filiere-test.fr', 'direction@filiere-test.fr'],
      alarmEmail: 'alertes@filiere-test.fr',
      sesMaxRate: 14,
      region: 'eu-west-3',
    });
  });

  it('takes the SES sending quota of the account', () => {
    expect(parametersFromContext(context({ ...complete, sesMaxRate: '50' })).sesMaxRate).toBe(50);
    expect(() => parametersFromContext(context({ ...complete, sesMaxRate: '0' }))).toThrow(/sesMaxRate/);
  });

  it('names every missing parameter', () => {
    expect(() => parametersFromContext(context({}))).toThrow(/senderDomain[\s\S]*alarmEmail/);
  });

  it('refuses a sender address outside the verified domain', () => {
    expect(() => parametersFromContext(context({ ...complete, senderAddress: 'x@ailleurs.fr' }))).toThrow(
      /senderAddress doit appartenir à senderDomain/,
    );
  });

  it('takes the https origin allowed to reach the kits bucket from a browser, and nothing else', () => {
    const origin = 'https://abc123.execute-api.eu-west-3.amazonaws.com';
    expect(parametersFromContext(context({ ...complete, allowedOrigin: origin })).allowedOrigin).toBe(origin);
    for (const bad of ['*', 'http://hub.filiere-test.fr', 'https://hub.filiere-test.fr/admin']) {
      expect(() => parametersFromContext(context({ ...complete, allowedOrigin: bad }))).toThrow(
        /allowedOrigin/,
      );
    }
  });

  it('defaults the kits origin to the custom domain', () => {
    const parameters = parametersFromContext(
      context({
        ...complete,
        customDomain: 'hub.filiere-test.fr',
        certificateArn: 'arn:aws:acm:eu-west-3:1:c/x',
      }),
    );
    expect(siteOrigin(parameters)).toBe('https://hub.filiere-test.fr');
    expect(siteOrigin(parametersFromContext(context(complete)))).toBeUndefined();
  });

  it('requires a certificate with a custom domain', () => {
    expect(() =>
      parametersFromContext(context({ ...complete, customDomain: 'hub.filiere-test.fr' })),
    ).toThrow(/certificateArn/);
  });
});
