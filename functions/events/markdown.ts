import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * Staff write descriptions in Markdown; visitors see HTML. Raw HTML is escaped (html: false) and only
 * http(s) and mailto links survive, so a description can never carry a script or a javascript: link; images are off (no tracking pixels).
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false }).disable('image');

markdown.validateLink = (url) => SAFE_LINK.test(url.trim());

const renderLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));

markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]?.attrSet('rel', 'noopener nofollow');
  return renderLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
