import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@zhengcai/schema';
import { NestPinoLogger } from '@zhengcai/api/platform/logging/logger';
import { LOGGER, type Logger } from '@zhengcai/api/platform/logging/logging.module';
import { REDIS } from '@zhengcai/api/platform/redis/redis.module';
import type { Redis } from 'ioredis';
import { TenantSchedules } from './maintenance/tenant-schedules.js';
import { OutboxRelay } from './outbox/outbox-relay.js';
import { QueueWorkers } from './runtime/queue-workers.js';
import { WorkerModule } from './worker.module.js';

process.env.ZC_SERVICE ??= 'workers';

async function main() {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  const logger = app.get<Logger>(LOGGER);
  app.useLogger(new NestPinoLogger(logger));
  app.enableShutdownHooks();
  // Workers live on Redis: connect now so a bad REDIS_URL fails at start, not at the first job.
  const redis = app.get<Redis>(REDIS);
  await redis.connect();
  await redis.ping();
  await app.get(QueueWorkers).start();
  // The relay runs here, not in the API: it is a long-lived loop with its own LISTEN
  // connection, and API replicas should scale with requests, not with the outbox.
  await app.get(OutboxRelay).start();
  await app.get(TenantSchedules).start();
  logger.info({ prefix: config.QUEUE_PREFIX }, 'workers ready: queue workers, outbox relay and tenant schedules running');
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
