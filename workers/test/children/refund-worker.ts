// Child of the refund crash tests: the real queue workers (built code) and nothing else, until killed.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@zhengcai/schema';
import { QueueWorkers } from '../../dist/runtime/queue-workers.js';
import { WorkerModule } from '../../dist/worker.module.js';

const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadConfig()), { logger: false });
await app.get(QueueWorkers).start();
process.stdout.write('ready\n');
