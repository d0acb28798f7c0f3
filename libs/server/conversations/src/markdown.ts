import { MarkdownPolicy } from '@boardwalk/contracts';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// html: false escapes raw HTML in the source instead of passing it; the sanitiser below is the
// second line of defence, with an allow-list of what Markdown itself produces.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

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

/** The distinct handles mentioned as `@handle`, lower-cased, in order of first mention. */
export function mentionedHandles(source: string): string[] {
  const handles = new Set<string>();
  for (const match of source.matchAll(MENTION)) handles.add(match[2].toLowerCase());
  return [...handles];
}
