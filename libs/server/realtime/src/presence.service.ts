import { PresenceMessage, RealtimeLimits, RealtimeUser } from '@boardwalk/contracts';
import { AppConfig, RedisService } from '@boardwalk/server-core';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';

/** An entry lives this long in Redis unless its instance refreshes it (a crashed instance's expire). */
const ENTRY_TTL_MS = 60_000;
const REFRESH_EVERY_MS = 20_000;

type Entry = RealtimeUser | null;

/**
 * Who watches each board. This instance's own watchers are always kept in memory; with REDIS_URL
 * they are also written to one sorted set per board (member = socket, score = expiry), refreshed
 * by a heartbeat, so every instance counts the viewers of all instances and a crashed instance's
 * entries fade out on their own.
 */
@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly logger = new Logger(PresenceService.name);
  private readonly local = new Map<string, Map<string, Entry>>();
  private readonly heartbeat: NodeJS.Timeout | null;

  constructor(
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {
    this.heartbeat = redis.client
      ? setInterval(() => void this.refreshAll(), REFRESH_EVERY_MS).unref()
      : null;
  }

  async add(boardId: string, socketId: string, user: Entry): Promise<void> {
    let sockets = this.local.get(boardId);
    if (!sockets) {
      sockets = new Map();
      this.local.set(boardId, sockets);
    }
    sockets.set(socketId, user);
    const client = this.redis.client;
    if (!client) return;
    await this.guard(async () => {
      await client
        .multi()
        .zadd(this.key(boardId), Date.now() + ENTRY_TTL_MS, member(socketId, user))
        .pexpire(this.key(boardId), ENTRY_TTL_MS * 2)
        .exec();
    });
  }

  async remove(boardId: string, socketId: string): Promise<void> {
    const sockets = this.local.get(boardId);
    const user = sockets?.get(socketId);
    if (!sockets || user === undefined) return;
    sockets.delete(socketId);
    if (sockets.size === 0) this.local.delete(boardId);
    const client = this.redis.client;
    if (!client) return;
    await this.guard(async () => {
      await client.zrem(this.key(boardId), member(socketId, user));
    });
  }

  /** Everyone watching the board, on every instance. */
  async snapshot(boardId: string): Promise<PresenceMessage> {
    const client = this.redis.client;
    let entries: Entry[] = [...(this.local.get(boardId)?.values() ?? [])];
    if (client) {
      await this.guard(async () => {
        const now = Date.now();
        const results = await client
          .multi()
          .zremrangebyscore(this.key(boardId), '-inf', now)
          .zrange(this.key(boardId), 0, -1)
          .exec();
        const members = (results?.[1]?.[1] ?? []) as string[];
        entries = members.map(entryOf);
      });
    }
    return summarise(boardId, entries);
  }

  onModuleDestroy(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
  }

  private async refreshAll(): Promise<void> {
    const client = this.redis.client;
    if (!client || this.local.size === 0) return;
    const expires = Date.now() + ENTRY_TTL_MS;
    const batch = client.multi();
    for (const [boardId, sockets] of this.local) {
      for (const [socketId, user] of sockets) {
        batch.zadd(this.key(boardId), expires, member(socketId, user));
      }
      batch.pexpire(this.key(boardId), ENTRY_TTL_MS * 2);
    }
    await this.guard(async () => {
      await batch.exec();
    });
  }

  /** While Redis is away presence degrades to this instance's watchers; delivery goes on. */
  private async guard(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.warn(`Presence in Redis failed: ${(error as Error).message}`);
    }
  }

  private key(boardId: string): string {
    return `${this.config.redisKeyPrefix}rt:presence:${boardId}`;
  }
}

function member(socketId: string, user: Entry): string {
  return `${socketId}\t${user ? JSON.stringify(user) : ''}`;
}

function entryOf(value: string): Entry {
  const tab = value.indexOf('\t');
  const json = tab >= 0 ? value.slice(tab + 1) : '';
  if (json === '') return null;
  try {
    return JSON.parse(json) as RealtimeUser;
  } catch {
    return null;
  }
}

/** Each signed-in person counts once however many tabs they have open; each anonymous socket once. */
export function summarise(boardId: string, entries: readonly Entry[]): PresenceMessage {
  const people = new Map<string, RealtimeUser>();
  let anonymous = 0;
  for (const entry of entries) {
    if (entry) people.set(entry.id, entry);
    else anonymous += 1;
  }
  return {
    boardId,
    count: people.size + anonymous,
    viewers: [...people.values()].slice(0, RealtimeLimits.presenceViewers),
  };
}
