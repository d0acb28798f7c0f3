import DOMPurify from 'dompurify';

// The same allow-list the server's sanitiser uses: only what Markdown itself produces.
const ALLOWED_TAGS = [
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
];
const ALLOWED_ATTR = ['href', 'title', 'start', 'class'];
// http(s), mailto and relative links; anything else with a scheme (javascript:, data:) is dropped.
const ALLOWED_URI_REGEXP = /^(?:https?:|mailto:|[^a-z]|[a-z0-9+.-]+(?:[^a-z0-9+.\-:]|$))/i;

let purifier: ReturnType<typeof DOMPurify> | null = null;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') node.setAttribute('rel', 'nofollow ugc noopener');
    if (node.hasAttribute('class') && !/^language-[\w-]+$/.test(node.getAttribute('class') ?? '')) {
      node.removeAttribute('class');
    }
  });
  return purifier;
}

/**
 * Sanitises post HTML before it enters the page. The server already sanitises `bodyHtml`; doing it
 * again here means a server bug alone cannot run script in members' browsers.
 */
export function sanitizePostHtml(html: string): string {
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
  });
}
