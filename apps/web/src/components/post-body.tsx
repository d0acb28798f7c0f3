import { useMemo } from 'react';
import { sanitizePostHtml } from '../markdown/sanitize-post-html';

/** A post's server-rendered HTML, sanitised once more before it enters the page. */
export function PostBody({ html }: { html: string }) {
  const safe = useMemo(() => sanitizePostHtml(html), [html]);
  return <div className="post-body" dangerouslySetInnerHTML={{ __html: safe }} />;
}
