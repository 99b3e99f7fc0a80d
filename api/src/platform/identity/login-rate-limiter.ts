import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@zhengcai/schema';
import { APP_CONFIG } from '../config/config.module.js';
import { AppError } from '../errors/app-error.js';
import { REDIS } from '../redis/redis.module.js';

/** Whose logins are counted together: one tenant, or the platform operators. */
export type LoginScope = { tenantId: string } | 'platform';

/** A login attempt holding its slots: it counts as failed unless `succeeded()` is called. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
}

/**
 * Limits failed logins per account and per client IP within a fixed window (from the first
 * failure). Every attempt takes a slot before the password is checked, so concurrent guesses
 * cannot slip past the limit; a successful login gives its slots back and clears the
 * account's count. IPs are counted per tenant: each province's login page is its own door.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async begin(scope: LoginScope, loginName: string, ip: string): Promise<LoginAttempt> {
    const prefix = `zc:login-fail:${scope === 'platform' ? 'platform' : scope.tenantId}`;
    const accountKey = `${prefix}:account:${loginName}`;
    const ipKey = `${prefix}:ip:${ip}`;
    const windowMs = this.config.LOGIN_FAILURE_WINDOW_SECONDS * 1000;
    if (this.redis.status === 'wait') await this.redis.connect();
    const replies = await this.redis
      .multi()
      .set(accountKey, 0, 'PX', windowMs, 'NX')
      .incr(accountKey)
      .pttl(accountKey)
      .set(ipKey, 0, 'PX', windowMs, 'NX')
      .incr(ipKey)
      .pttl(ipKey)
      .exec();
    if (!replies) throw new Error('Redis transaction for the login rate limit was aborted');
    const value = (i: number) => {
      const [err, v] = replies[i];
      if (err) throw err;
      return Number(v);
    };
    const [account, accountTtl, perIp, ipTtl] = [value(1), value(2), value(4), value(5)];
    const overAccount = account > this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT;
    const overIp = perIp > this.config.LOGIN_MAX_FAILURES_PER_IP;
    if (overAccount || overIp) {
      // A refused attempt checks no password, so it does not count as a failure.
      await this.redis.multi().decr(accountKey).decr(ipKey).exec();
      const waitMs = Math.max(overAccount ? accountTtl : 0, overIp ? ipTtl : 0, 1000);
      const retryAt = new Date(Date.now() + waitMs);
      throw new AppError('LOGIN_RATE_LIMITED', { retryAfterSeconds: Math.ceil(waitMs / 1000), retryAt: retryAt.toISOString().slice(0, 19) + 'Z' });
    }
    return {
      succeeded: async () => {
        await this.redis.multi().del(accountKey).decr(ipKey).exec();
      },
    };
  }
}
