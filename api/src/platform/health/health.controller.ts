import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import { Public } from '../identity/access.decorators.js';
import { REDIS } from '../redis/redis.module.js';

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref())]);
}

async function check(fn: () => Promise<unknown>): Promise<'up' | 'down'> {
  try {
    await withTimeout(fn());
    return 'up';
  } catch {
    return 'down';
  }
}

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly orm: MikroORM,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** The process is running. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** The process can serve: PostgreSQL and Redis both answer. 503 otherwise. */
  @Get('ready')
  async ready() {
    const [database, redis] = await Promise.all([
      check(() => this.orm.em.fork().execute('select 1')),
      check(async () => {
        if (this.redis.status === 'wait') await this.redis.connect();
        return this.redis.ping();
      }),
    ]);
    const body = { status: database === 'up' && redis === 'up' ? 'ok' : 'unavailable', checks: { database, redis } };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
