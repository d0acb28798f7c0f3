import { MarkdownPolicy } from '@boardwalk/contracts';
import MarkdownIt, { type StateCore, type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// html: false escapes raw HTML in the source instead of passing it; the sanitiser below is the
// second line of defence, with an allow-list of what Markdown itself produces.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.core.ruler.push('mention_links', linkMentions);

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...MarkdownPolicy.allowedTags],
  allowedAttributes: Object.fromEntries(
    Object.entries(MarkdownPolicy.allowedAttributes).map(([tag, names]) => [tag, [...names]]),
  ),
  allowedClasses: { code: [MarkdownPolicy.codeClassPattern] },
  allowedSchemes: [...MarkdownPolicy.allowedSchemes],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: MarkdownPolicy.linkRel }) },
};

/** Markdown to HTML that is safe to insert into a page as is. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE_OPTIONS);
}

const MENTION = /(^|[^\w@/.])@([a-z0-9_]{3,30})(?![\w@])/gi;

/**
 * `@handle` in running text links to that member's profile (`/u/handle`), as on Discourse; not
 * inside code (its own tokens) nor inside a link's text. The same pattern as the notifications'.
 */
function linkMentions(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const children: Token[] = [];
    let linkDepth = 0;
    for (const token of block.children) {
      if (token.type === 'link_open') linkDepth += 1;
      if (token.type === 'link_close') linkDepth -= 1;
      if (token.type !== 'text' || linkDepth > 0 || !token.content.includes('@')) {
        children.push(token);
        continue;
      }
      let at = 0;
      for (const match of token.content.matchAll(MENTION)) {
        const start = (match.index ?? 0) + match[1].length;
        const handle = match[2];
        children.push(textToken(state, token.content.slice(at, start)));
        const open = new state.Token('link_open', 'a', 1);
        open.attrs = [['href', `/u/${handle.toLowerCase()}`]];
        children.push(open, textToken(state, `@${handle}`), new state.Token('link_close', 'a', -1));
        at = start + handle.length + 1;
      }
      children.push(textToken(state, token.content.slice(at)));
    }
    block.children = children.filter((token) => token.type !== 'text' || token.content !== '');
  }
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}

/** The distinct handles mentioned as `@handle`, lower-cased, in order of first mention. */
export function mentionedHandles(source: string): string[] {
  const handles = new Set<string>();
  for (const match of source.matchAll(MENTION)) handles.add(match[2].toLowerCase());
  return [...handles];
}
