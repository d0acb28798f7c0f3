import type { PostFieldsFragment } from '@boardwalk/client';
import type { RealtimePost } from '@boardwalk/contracts';
import { describe, expect, it } from 'vitest';
import { presenceSentence } from '../boards/presence-summary';
import { typingSentence } from '../threads/typing-indicator';
import { livePost, updatedPost } from './live-payloads';

const sam = { id: 'u-sam', handle: 'sam', displayName: 'Sam Staff', isStaff: true };
const ana = { id: 'u-ana', handle: 'ana', displayName: 'Ana Member', isStaff: false };

const shown: PostFieldsFragment = {
  id: 'p1',
  body: 'Which grinder?',
  bodyHtml: '<p>Which grinder?</p>',
  createdAt: '2026-01-01T10:00:00.000Z',
  editedAt: null,
  hidden: false,
  deleted: false,
  author: { ...sam, staffTitle: 'Support engineer' },
  replyTo: null,
};

const incoming: RealtimePost = {
  id: 'p2',
  threadId: 't1',
  boardId: 'b1',
  authorId: sam.id,
  author: sam,
  replyToId: 'p1',
  body: 'The flat burr one.',
  bodyHtml: '<p>The flat burr one.</p>',
  createdAt: '2026-01-01T10:05:00.000Z',
  editedAt: null,
  hidden: false,
  deleted: false,
};

describe('live payloads', () => {
  it('borrows the staff title and the replied-to author from the posts on the page', () => {
    const post = livePost(incoming, [shown]);
    expect(post.author).toEqual({ ...sam, staffTitle: 'Support engineer' });
    expect(post.replyTo).toEqual({ id: 'p1', author: { handle: 'sam', displayName: 'Sam Staff' } });
    expect(livePost(incoming, []).author.staffTitle).toBeNull();
  });

  it('applies a hide without touching who wrote the post', () => {
    const hidden = updatedPost(shown, {
      ...incoming,
      id: 'p1',
      hidden: true,
      body: '',
      bodyHtml: '',
    });
    expect(hidden).toEqual({ ...shown, hidden: true, body: '', bodyHtml: '' });
  });

  it('says who is here and who is typing in a short sentence', () => {
    expect(presenceSentence({ count: 12, viewers: [ana, sam] })).toBe(
      '12 here now: Ana Member, Sam Staff and 10 more',
    );
    expect(presenceSentence({ count: 1, viewers: [] })).toBe('1 here now');
    expect(typingSentence([sam])).toBe('Sam Staff is typing…');
    expect(typingSentence([sam, ana])).toBe('Sam Staff and Ana Member are typing…');
    expect(typingSentence([sam, ana, ana])).toBe('Sam Staff and 2 others are typing…');
  });
});
