import { RealtimeLimits } from '@boardwalk/contracts';
import { AppConfig, RedisService } from '@boardwalk/server-core';
import { Injectable, Logger } from '@nestjs/common';

/**
 * Throttles `typing` broadcasts to one per person and thread every `typingThrottleMs`, across
 * instances when REDIS_URL is set (SET NX PX), in memory otherwise or while Redis is away.
 */
@Injectable()
export class TypingService {
  private readonly logger = new Logger(TypingService.name);
  private readonly until = new Map<string, number>();

  constructor(
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {}

  /** True when this person's typing in this thread should be broadcast now. */
  async shouldBroadcast(userId: string, threadId: string): Promise<boolean> {
    const key = `${threadId}:${userId}`;
    const client = this.redis.client;
    if (client) {
      try {
        const set = await client.set(
          `${this.config.redisKeyPrefix}rt:typing:${key}`,
          '1',
          'PX',
          RealtimeLimits.typingThrottleMs,
          'NX',
        );
        return set === 'OK';
      } catch (error) {
        this.logger.warn(`Typing throttle in Redis failed: ${(error as Error).message}`);
      }
    }
    return this.takeLocal(key, Date.now());
  }

  private takeLocal(key: string, now: number): boolean {
    if ((this.until.get(key) ?? 0) > now) return false;
    if (this.until.size > 10_000) {
      for (const [stale, until] of this.until) if (until <= now) this.until.delete(stale);
    }
    this.until.set(key, now + RealtimeLimits.typingThrottleMs);
    return true;
  }
}
