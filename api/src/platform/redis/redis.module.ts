import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { AppConfig } from '@zhengcai/schema';
import { APP_CONFIG } from '../config/config.module.js';
import { LOGGER, type Logger } from '../logging/logging.module.js';

export const REDIS = Symbol('REDIS');

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      // lazyConnect: building the app (or its schema) never needs Redis until a command runs.
      useFactory: (config: AppConfig, logger: Logger) => {
        const redis = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: null });
        // ioredis reconnects by itself; without a listener each failure is an unhandled event.
        redis.on('error', (err: Error) => logger.warn({ err: err.message }, 'redis connection error'));
        return redis;
      },
      inject: [APP_CONFIG, LOGGER],
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status !== 'wait' && this.redis.status !== 'end') await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
