import { Post } from '@boardwalk/server-conversations';
import { realtimePost } from './realtime-payloads';

function post(changes: Partial<Post>): Post {
  return Object.assign(new Post(), {
    id: 'p1',
    threadId: 't1',
    boardId: 'b1',
    authorId: 'u1',
    replyToId: null,
    body: 'secret words',
    bodyHtml: '<p>secret words</p>',
    createdAt: new Date('2026-01-02T03:04:05.678Z'),
    editedAt: null,
    hidden: false,
    deleted: false,
    ...changes,
  });
}

describe('realtimePost', () => {
  it('carries the body of a visible post, with ISO times', () => {
    expect(realtimePost(post({}), null)).toMatchObject({
      body: 'secret words',
      bodyHtml: '<p>secret words</p>',
      createdAt: '2026-01-02T03:04:05.678Z',
      editedAt: null,
    });
  });

  it.each([
    ['hidden by a moderator', { hidden: true }],
    ['deleted by its author', { deleted: true }],
  ])('never carries the body of a post %s', (_case, changes) => {
    const payload = realtimePost(post(changes), null);
    expect(payload).toMatchObject({ body: '', bodyHtml: '', ...changes });
    expect(JSON.stringify(payload)).not.toContain('secret');
  });
});
