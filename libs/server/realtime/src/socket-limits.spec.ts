import { ErrorCode, RealtimeLimits } from '@boardwalk/contracts';
import { DomainError } from '@boardwalk/server-core';
import { assertCanWatchMore, idFrom, WindowBudget } from './socket-limits';

describe('WindowBudget', () => {
  it('allows the limit per window, then refuses until the next window', () => {
    const budget = new WindowBudget(3, 1_000);
    expect([0, 10, 20, 30].map((at) => budget.take(at))).toEqual([true, true, true, false]);
    expect(budget.take(999)).toBe(false);
    expect(budget.take(1_000)).toBe(true);
  });

  it('throws RATE_LIMITED with the seconds left', () => {
    const budget = new WindowBudget(1, 10_000);
    budget.consume(0);
    expect(() => budget.consume(2_500)).toThrow(
      expect.objectContaining({ code: ErrorCode.RateLimited, details: { retryAfterSeconds: 8 } }),
    );
  });
});

describe('idFrom', () => {
  it('reads the id field', () => {
    expect(idFrom({ boardId: 'abc' }, 'boardId')).toBe('abc');
  });

  it.each([
    undefined,
    null,
    'abc',
    42,
    [],
    ['abc'],
    {},
    { boardId: 1 },
    { boardId: '' },
    { boardId: 'x'.repeat(65) },
  ])('refuses %p with BAD_USER_INPUT', (payload) => {
    let thrown: unknown;
    try {
      idFrom(payload, 'boardId');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe(ErrorCode.BadUserInput);
  });
});

describe('assertCanWatchMore', () => {
  it('allows watching up to the limit of rooms, then refuses with BAD_USER_INPUT', () => {
    expect(() => assertCanWatchMore(RealtimeLimits.watchedRooms - 1)).not.toThrow();
    expect(() => assertCanWatchMore(RealtimeLimits.watchedRooms)).toThrow(
      expect.objectContaining({
        code: ErrorCode.BadUserInput,
        details: { limit: RealtimeLimits.watchedRooms },
      }),
    );
  });
});
