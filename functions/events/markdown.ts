import type MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(https?:|mailto:)/i;

let markdown: ReturnType<typeof configured> | undefined;

/**
 * Staff write descriptions in Markdown; visitors see the HTML rendered when staff saved the event.
 * Raw HTML is escaped (html: false) and only http(s) and mailto links survive, so a description can
 * never carry a script or a javascript: link; images are off (no tracking pixels).
 *
 * markdown-it is imported on the first save only: the public pages and API read the stored HTML and
 * never load it.
 */
export async function renderMarkdown(source: string): Promise<string> {
  markdown ??= configured((await import('markdown-it')).default);
  return markdown.render(source);
}

function configured(MarkdownItClass: typeof MarkdownIt) {
  const instance = new MarkdownItClass({ html: false, linkify: true, typographer: false }).disable('image');
  instance.validateLink = (url) => SAFE_LINK.test(url.trim());
  const renderLinkOpen =
    instance.renderer.rules.link_open ??
    ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  instance.renderer.rules.link_open = (tokens, index, options, env, self) => {
    tokens[index]?.attrSet('rel', 'noopener nofollow');
    return renderLinkOpen(tokens, index, options, env, self);
  };
  return instance;
}
