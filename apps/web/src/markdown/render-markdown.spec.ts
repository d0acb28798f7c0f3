import { describe, expect, it } from 'vitest';
import { renderMarkdownPreview } from './render-markdown';
import { sanitizePostHtml } from './sanitize-post-html';

describe('renderMarkdownPreview', () => {
  it('renders Markdown the way the server does', () => {
    const html = renderMarkdownPreview('**bold** and `code`\n\n- one\n- two');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<li>one</li>');
  });

  it('shows raw HTML as text instead of running it', () => {
    const html = renderMarkdownPreview('<script>alert(1)</script><img src=x onerror="alert(2)">');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: links and marks member links nofollow', () => {
    expect(renderMarkdownPreview('[x](javascript:alert(1))')).not.toMatch(/<a /);
    expect(renderMarkdownPreview('[site](https://example.com)')).toContain(
      'rel="nofollow ugc noopener"',
    );
  });
});

describe('sanitizePostHtml', () => {
  it('removes scripts, event handlers and tags Markdown never produces', () => {
    const safe = sanitizePostHtml(
      '<p onclick="alert(1)">hi</p><script>alert(2)</script><img src=x onerror="alert(3)"><iframe src="https://evil.test"></iframe><svg onload="alert(4)"></svg>',
    );
    expect(safe).toBe('<p>hi</p>');
  });

  it('keeps links but only with safe schemes', () => {
    expect(sanitizePostHtml('<a href="https://example.com">ok</a>')).toBe(
      '<a href="https://example.com" rel="nofollow ugc noopener">ok</a>',
    );
    expect(sanitizePostHtml('<a href="data:text/html,x">bad</a>')).toBe(
      '<a rel="nofollow ugc noopener">bad</a>',
    );
  });

  it('keeps only language classes on code', () => {
    expect(sanitizePostHtml('<code class="language-ts">x</code><p class="evil">y</p>')).toBe(
      '<code class="language-ts">x</code><p>y</p>',
    );
  });
});
