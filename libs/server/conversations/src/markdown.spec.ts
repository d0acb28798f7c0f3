import { mentionedHandles, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('**bold** and `code`')).toBe(
      '<p><strong>bold</strong> and <code>code</code></p>\n',
    );
  });

  it('never passes raw HTML, scripts or event handlers', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<a href="#" onclick="x()">hi</a>',
    );
    expect(html).not.toMatch(/<script|<img|<a /i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: links and marks links nofollow ugc noopener', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href');
    expect(renderMarkdown('[site](https://example.com)')).toBe(
      '<p><a href="https://example.com" rel="nofollow ugc noopener">site</a></p>\n',
    );
    expect(renderMarkdown('see https://example.com/a')).toContain('rel="nofollow ugc noopener"');
  });
});

describe('mentionedHandles', () => {
  it('finds distinct @handles but not email addresses', () => {
    expect(mentionedHandles('@ada and @Bob_2, again @ada; mail x@example.com')).toEqual([
      'ada',
      'bob_2',
    ]);
  });
});
