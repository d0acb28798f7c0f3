import MarkdownIt from 'markdown-it';
import { sanitizePostHtml } from './sanitize-post-html';

// Same options as the server's renderer, so the preview looks like the post will.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Markdown to sanitised HTML, for the preview of a post not yet sent. */
export function renderMarkdownPreview(source: string): string {
  return sanitizePostHtml(markdown.render(source));
}
