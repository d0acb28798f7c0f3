import { AUTHOR_COLUMNS, authorJoinClause, authorRowOf } from './author-join';
import { USER_COLUMNS } from './user.mapper';

describe('author join', () => {
  it('aliases every user column under the author prefix', () => {
    const columns = USER_COLUMNS.split(',').map((column) => column.trim());
    expect(AUTHOR_COLUMNS.split(', ')).toEqual(
      columns.map((column) => `author_account.${column} AS author__${column}`),
    );
    expect(authorJoinClause('thread.author_id')).toBe(
      'LEFT JOIN users author_account ON author_account.id = thread.author_id',
    );
  });

  it("reads a joined row's author back as the user row, and no author as null", () => {
    const createdAt = new Date('2026-01-02T03:04:05.000Z');
    const joined = {
      id: 'thread id',
      title: 'A thread',
      author__id: '5f0c7a3e-4b1d-4c2a-9f7e-2d3c4b5a6f70',
      author__handle: 'ada',
      author__display_name: 'Ada',
      author__bio: '',
      author__email: 'ada@example.com',
      author__email_verified_at: null,
      author__is_staff: true,
      author__staff_title: 'Support',
      author__created_at: createdAt,
    };
    expect(authorRowOf(joined)).toEqual({
      id: '5f0c7a3e-4b1d-4c2a-9f7e-2d3c4b5a6f70',
      handle: 'ada',
      display_name: 'Ada',
      bio: '',
      email: 'ada@example.com',
      email_verified_at: null,
      is_staff: true,
      staff_title: 'Support',
      created_at: createdAt,
    });
    expect(authorRowOf({ id: 'thread id', author__id: null, author__handle: null })).toBeNull();
  });
});
