import { MarkdownPolicy } from '@boardwalk/contracts';
import DOMPurify from 'dompurify';

// The server's allow-list; attributes flattened, since DOMPurify takes one list for all tags.
const ALLOWED_TAGS = [...MarkdownPolicy.allowedTags];
const ALLOWED_ATTR = [...new Set(Object.values(MarkdownPolicy.allowedAttributes).flat())];
// http(s), mailto and relative links; anything else with a scheme (javascript:, data:) is dropped.
const ALLOWED_URI_REGEXP = /^(?:https?:|mailto:|[^a-z]|[a-z0-9+.-]+(?:[^a-z0-9+.\-:]|$))/i;

let purifier: ReturnType<typeof DOMPurify> | null = null;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') node.setAttribute('rel', MarkdownPolicy.linkRel);
    if (
      node.hasAttribute('class') &&
      !MarkdownPolicy.codeClassPattern.test(node.getAttribute('class') ?? '')
    ) {
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
