/**
 * What rendered post HTML may contain: only what Markdown itself produces. The server's
 * sanitiser and the web app's second pass both follow this one list.
 */
export const MarkdownPolicy = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  /** Attributes by tag; `class` only as a code block's language. */
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], code: ['class'] },
  codeClassPattern: /^language-[\w-]+$/,
  allowedSchemes: ['http', 'https', 'mailto'],
  /** Member content must not pass search ranking on or reach the opener window. */
  linkRel: 'nofollow ugc noopener',
} as const;
