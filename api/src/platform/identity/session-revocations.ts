import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@zhengcai/schema';
import { APP_CONFIG } from '../config/config.module.js';
import { REDIS } from '../redis/redis.module.js';

/**
 * Ended sessions, remembered for as long as an access token of theirs can live, so that
 * logout and reuse detection stop the session's access tokens at once, not at their expiry.
 */
@Injectable()
export class SessionRevocations {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async revoke(sessionId: string): Promise<void> {
    await this.connected();
    await this.redis.set(this.key(sessionId), '1', 'EX', this.config.ACCESS_TOKEN_TTL_SECONDS + 60);
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    await this.connected();
    return (await this.redis.exists(this.key(sessionId))) === 1;
  }

  private key(sessionId: string): string {
    return `zc:session-revoked:${sessionId}`;
  }

  private async connected(): Promise<void> {
    if (this.redis.status === 'wait') await this.redis.connect();
  }
}
