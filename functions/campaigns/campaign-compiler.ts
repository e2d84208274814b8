import type { Language } from '../i18n/language.js';
import { ValidationError } from '../shared/errors.js';
import { campaignDocument } from './campaign-layout.js';
import { trackLinks } from './campaign-tracking-rules.js';

export interface CompiledCampaign {
  /** Web links replaced by `{{track:N}}` placeholders. */
  html: string;
  text: string;
  /** The original URL of each `{{track:N}}`. */
  links: string[];
}

/** Port: MJML → HTML + text, once per campaign. Only the staff path uses it. */
export interface CampaignCompiler {
  compile(content: {
    subject: string;
    preheader?: string;
    mjml: string;
    language?: Language;
  }): Promise<CompiledCampaign>;
}

// Placeholders in href attributes come out of MJML percent-encoded by some paths; bring them back.
const ENCODED_PLACEHOLDER = /%7B%7B(\w+)%7D%7D/gi;

/**
 * mjml (~3 MB) and html-to-text are imported on first use, so the public pages and the campaign worker,
 * which never compile, do not load them.
 */
export const mjmlCampaignCompiler: CampaignCompiler = {
  async compile(content) {
    const [{ default: mjml2html }, { convert }] = await Promise.all([import('mjml'), import('html-to-text')]);
    const document = campaignDocument({
      subject: content.subject,
      preheader: content.preheader,
      body: content.mjml,
      language: content.language,
    });
    let result;
    try {
      result = await mjml2html(document, { validationLevel: 'strict' });
    } catch (error) {
      throw new ValidationError({ mjml: [`MJML invalide : ${(error as Error).message}`] });
    }
    if (result.errors.length) {
      throw new ValidationError({
        mjml: result.errors.map((error) => `MJML invalide : ${error.formattedMessage}`),
      });
    }
    const html = result.html.replace(ENCODED_PLACEHOLDER, '{{$1}}');
    const text = convert(html, {
      wordwrap: 100,
      selectors: [
        { selector: 'img', format: 'skip' },
        { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
        { selector: 'title', format: 'skip' },
      ],
    });
    return { ...trackLinks(html), text };
  },
};
