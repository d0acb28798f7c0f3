import { DomainError } from '../errors/domain-error';
import { CursorKey, cursorKeyOf, decodeCursor, encodeCursor, pageSize } from './keyset';

const id = '0b4f3c1e-8a6e-4c49-9d6e-2f1e7b5c9a10';
const NEWEST: CursorKey = { kind: 'boards:newest', sortType: 'timestamptz' };
const TRENDING: CursorKey = { kind: 'boards:trending', sortType: 'double precision' };
const MEMBERS: CursorKey = { kind: 'boards:members', sortType: 'integer' };
const SEARCH: CursorKey = { kind: 'search', sortType: 'double precision' };
const POSTS: CursorKey = { kind: 'post.created_at ASC', sortType: 'timestamptz' };

/** A cursor as a client could forge it: the same encoding with any content. */
const forged = (content: unknown) => Buffer.from(JSON.stringify(content)).toString('base64url');

function expectBadInput(cursor: string, key: CursorKey): void {
  let caught: unknown = null;
  try {
    decodeCursor(cursor, key);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  expect((caught as DomainError).code).toBe('BAD_USER_INPUT');
}

describe('keyset cursors', () => {
  it('round-trips dates, numbers and strings for the list that issued them', () => {
    const date = new Date('2026-11-23T10:00:00.123Z');
    expect(decodeCursor(encodeCursor(date, id, NEWEST.kind), NEWEST)).toEqual([
      date.toISOString(),
      id,
    ]);
    expect(decodeCursor(encodeCursor(42.5, id, TRENDING.kind), TRENDING)).toEqual([42.5, id]);
    expect(decodeCursor(encodeCursor(7, id, MEMBERS.kind), MEMBERS)).toEqual([7, id]);
    expect(
      decodeCursor(encodeCursor('abc', id, 'tags'), { kind: 'tags', sortType: 'text' }),
    ).toEqual(['abc', id]);
  });

  it.each([
    '',
    'not-base64!',
    forged({ a: 1 }),
    forged([1, 'x']),
    // The format before cursors named their list: refused rather than guessed.
    forged(['2026-11-23T10:00:00.123Z', id]),
  ])('refuses the malformed cursor %j with BAD_USER_INPUT', (cursor) => {
    expectBadInput(cursor, NEWEST);
  });

  it('refuses a cursor issued by another list, even when its value has the right type', () => {
    const trending = encodeCursor(12.75, id, TRENDING.kind);
    expectBadInput(trending, NEWEST);
    expectBadInput(trending, MEMBERS);
    const search = encodeCursor(0.5, id, SEARCH.kind);
    expectBadInput(search, POSTS);
    expectBadInput(search, TRENDING);
    const newest = encodeCursor(new Date(), id, NEWEST.kind);
    expectBadInput(newest, { kind: 'boards:active', sortType: 'timestamptz' });
  });

  it('refuses ids that are not uuids, such as 36 dashes', () => {
    for (const bad of ['-'.repeat(36), 'g'.repeat(8) + id.slice(8), `${id}0`, id.slice(1), ''])
      expectBadInput(encodeCursor(new Date(), bad, NEWEST.kind), NEWEST);
  });

  it('refuses sort values that do not fit the sort type before they reach a SQL cast', () => {
    for (const value of ['yesterday', '2026-02-31T00:00:00.000Z', '0000-01-01T00:00:00.000Z', 5])
      expectBadInput(forged([NEWEST.kind, value, id]), NEWEST);
    for (const value of ['1.5', null, true])
      expectBadInput(forged([TRENDING.kind, value, id]), TRENDING);
    for (const value of [1.5, 2 ** 31, -(2 ** 31) - 1, '3'])
      expectBadInput(forged([MEMBERS.kind, value, id]), MEMBERS);
  });

  it('names a list by its sort expression and direction unless it has a kind', () => {
    const options = {
      sortExpression: 'post.created_at',
      idExpression: 'post.id',
      sortValueOf: () => 0,
      idOf: () => id,
      direction: 'ASC' as const,
      sortType: 'timestamptz' as const,
    };
    expect(cursorKeyOf(options)).toEqual(POSTS);
    expect(cursorKeyOf({ ...options, kind: 'posts' }).kind).toBe('posts');
  });

  it('bounds the page size to 1..100 with a default of 20', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(100)).toBe(100);
    for (const bad of [0, -1, 101, 2.5])
      expect(() => pageSize(bad)).toThrow(/first must be between 1 and 100/);
  });
});
