import { useMemo } from 'react';
import { renderMarkdownPreview } from '../markdown/render-markdown';

/** How a post will look, rendered and sanitised in the browser before it is sent. */
export function MarkdownPreview({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdownPreview(source), [source]);
  if (source.trim() === '') return <p className="muted">Nothing to preview yet.</p>;
  return <div className="post-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
