import { blockErrors, blocksToMjml } from '../campaign-blocks.js';
import { mjmlCampaignCompiler } from '../campaign-compiler.js';
import { checkCampaignBody, personalise } from '../campaign-rules.js';
import type { ComposerChoices } from './composer-choices.js';
import type { ComposerValues } from './composer-form.js';

/**
 * The letter as it stands in the composer, not saved: blocks still incomplete are left out so the
 * preview follows the typing; what the hub refuses in any body is refused here too (ValidationError).
 */
export async function livePreview(
  values: ComposerValues,
  choices: ComposerChoices,
): Promise<{ html: string; text: string }> {
  let mjml = values.mjml;
  if (values.mode === 'blocks') {
    const incomplete = new Set(
      Object.keys(blockErrors(values.blocks, choices.cards)).map((key) => key.split('.')[1]),
    );
    mjml = blocksToMjml(
      values.blocks.filter((_, index) => !incomplete.has(String(index))),
      choices.cards,
    );
  }
  checkCampaignBody(mjml);
  const compiled = await mjmlCampaignCompiler.compile({
    subject: values.subject.trim() || 'Sans objet',
    preheader: values.preheader.trim() || undefined,
    mjml: mjml.trim() || '<mj-text></mj-text>',
  });
  return personalise(compiled, {
    firstName: 'Camille',
    unsubscribeUrl: '#desabonnement',
    preferencesUrl: '#preferences',
    webVersionUrl: '#version-web',
  });
}
