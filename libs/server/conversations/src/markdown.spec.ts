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

describe('mention links', () => {
  it('links @handles in text to their profiles, not emails, code or link text', () => {
    expect(renderMarkdown('Thanks @Ada_2, and @bob.')).toBe(
      '<p>Thanks <a href="/u/ada_2" rel="nofollow ugc noopener">@Ada_2</a>, and ' +
        '<a href="/u/bob" rel="nofollow ugc noopener">@bob</a>.</p>\n',
    );
    expect(renderMarkdown('mail x@example.com or `@ada` or [@ada](https://example.com)')).toBe(
      '<p>mail <a href="mailto:x@example.com" rel="nofollow ugc noopener">x@example.com</a> or ' +
        '<code>@ada</code> or <a href="https://example.com" rel="nofollow ugc noopener">@ada</a></p>\n',
    );
    expect(renderMarkdown('```\n@ada\n```')).toBe('<pre><code>@ada\n</code></pre>\n');
    expect(renderMarkdown('**@ada**')).toBe(
      '<p><strong><a href="/u/ada" rel="nofollow ugc noopener">@ada</a></strong></p>\n',
    );
  });

  it('links exactly the handles that are notified', () => {
    const source = 'hi @ada, @bo (too short), @carol_the_cook! and a@b.co';
    const linked = [...renderMarkdown(source).matchAll(/href="\/u\/(\w+)"/g)].map((m) => m[1]);
    expect(linked).toEqual(mentionedHandles(source));
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
