import { RealtimeLimits } from '@boardwalk/contracts';
import { badInput, rateLimited } from '@boardwalk/server-core';

/** A fixed-window counter for one connection: cheap, and enough to stop a flooding socket. */
export class WindowBudget {
  private windowStart = 0;
  private used = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number = RealtimeLimits.windowMs,
  ) {}

  /** Counts one action; false when the window's budget is spent. */
  take(now: number = Date.now()): boolean {
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.used = 0;
    }
    this.used += 1;
    return this.used <= this.limit;
  }

  /** Throws RATE_LIMITED when the budget is spent. */
  consume(now: number = Date.now()): void {
    if (!this.take(now)) {
      throw rateLimited(Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000)));
    }
  }
}

export interface SocketBudgets {
  messages: WindowBudget;
  watches: WindowBudget;
  typing: WindowBudget;
}

export function socketBudgets(): SocketBudgets {
  return {
    messages: new WindowBudget(RealtimeLimits.messagesPerWindow),
    watches: new WindowBudget(RealtimeLimits.watchesPerWindow),
    typing: new WindowBudget(RealtimeLimits.typingPerWindow),
  };
}

/** Ids are UUIDs; anything longer than this is garbage and is refused before any lookup. */
const MAX_ID_LENGTH = 64;

/** Reads `{ [field]: string }` from an untrusted payload; BAD_USER_INPUT otherwise. */
export function idFrom<F extends 'boardId' | 'threadId'>(payload: unknown, field: F): string {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw badInput(`Expected an object like { ${field}: "…" }.`, { field });
  }
  const value = (payload as Record<string, unknown>)[field];
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID_LENGTH) {
    throw badInput(`${field} must be an id.`, { field });
  }
  return value;
}

/** A connection watches at most `RealtimeLimits.watchedRooms` boards and threads at once. */
export function assertCanWatchMore(watched: number): void {
  if (watched >= RealtimeLimits.watchedRooms) {
    throw badInput(
      `A connection may watch at most ${RealtimeLimits.watchedRooms} boards and threads; unwatch one first.`,
      { limit: RealtimeLimits.watchedRooms },
    );
  }
}
