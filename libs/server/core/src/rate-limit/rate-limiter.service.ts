import { Injectable } from '@nestjs/common';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { rateLimited } from '../errors/domain-error';
import { RedisService } from '../redis/redis.service';

export interface RateLimitRule {
  /** Unique name of the limit, e.g. `sign-in:ip`. */
  name: string;
  /** Allowed actions per window. */
  points: number;
  /** Window length in seconds. */
  durationSeconds: number;
}

/**
 * Named rate limits, shared by every instance through Redis when REDIS_URL is set. While Redis is
 * unreachable each instance falls back to its own in-memory counters rather than failing requests.
 */
@Injectable()
export class RateLimiterService {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {}

  /** Counts one action for `key`; throws RATE_LIMITED when the rule's budget is spent. */
  async consume(rule: RateLimitRule, key: string, points = 1): Promise<void> {
    try {
      await this.limiter(rule).consume(key, points);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        throw rateLimited(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      }
      throw error;
    }
  }

  /** Throws RATE_LIMITED if the budget of `key` is already spent, without counting an action. */
  async assertNotExhausted(rule: RateLimitRule, key: string): Promise<void> {
    const state = await this.limiter(rule).get(key);
    if (state && state.consumedPoints >= rule.points) {
      throw rateLimited(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
    }
  }

  /** Forgets the actions counted for `key`, e.g. failed sign-ins after a success. */
  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await this.limiter(rule).delete(key);
  }

  private limiter(rule: RateLimitRule): RateLimiterAbstract {
    let limiter = this.limiters.get(rule.name);
    if (!limiter) {
      const options = {
        keyPrefix: `${this.config.redisKeyPrefix}rl:${rule.name}`,
        points: rule.points,
        duration: rule.durationSeconds,
      };
      limiter = this.redis.client
        ? new RateLimiterRedis({
            ...options,
            storeClient: this.redis.client,
            insuranceLimiter: new RateLimiterMemory(options),
          })
        : new RateLimiterMemory(options);
      this.limiters.set(rule.name, limiter);
    }
    return limiter;
  }
}
