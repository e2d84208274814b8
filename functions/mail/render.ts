import { TEMPLATES, type TemplateName } from './templates.generated.js';
import { escapeHtml } from '../shared/escape-html.js';

/** An optional block in both forms; build its parts with `markup` and `plain`, never from raw input. */
export class Fragment {
  constructor(
    readonly html: string,
    readonly text: string,
  ) {}
}

export type TemplateValue = string | Fragment;

/** Values are single-line (names, titles, URLs): a line break in one could forge text, so it goes. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}

function interpolate(
  literals: TemplateStringsArray,
  values: string[],
  convert: (value: string) => string,
): string {
  return literals.reduce((result, literal, index) => result + convert(values[index - 1] as string) + literal);
}

/** Literal markup with every interpolated value HTML-escaped. */
export function markup(literals: TemplateStringsArray, ...values: string[]): string {
  return interpolate(literals, values, escapeHtml);
}

/** Literal text with every interpolated value kept on one line. */
export function plain(literals: TemplateStringsArray, ...values: string[]): string {
  return interpolate(literals, values, oneLine);
}

export interface RenderedMail {
  html: string;
  text: string;
}

export interface CompiledTemplate {
  html: string;
  text: string;
}

/** Fills a compiled French template; a placeholder without a value is a bug and fails loudly. */
export function renderTemplate(name: TemplateName, values: Record<string, TemplateValue>): RenderedMail {
  return fillTemplate(TEMPLATES[name], name, values);
}

/** Fills a compiled template of any language; `name` names it in the error. */
export function fillTemplate(
  template: CompiledTemplate,
  name: string,
  values: Record<string, TemplateValue>,
): RenderedMail {
  const fill = (source: string, form: 'html' | 'text') =>
    source.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const value = values[key];
      if (value === undefined)
        throw new Error(`Valeur manquante pour {{${key}}} dans le modèle « ${name} ».`);
      if (value instanceof Fragment) return value[form];
      return form === 'html' ? escapeHtml(value) : oneLine(value);
    });
  return { html: fill(template.html, 'html'), text: fill(template.text, 'text') };
}
