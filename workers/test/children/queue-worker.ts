// Child of the crash tests: the real queue workers (built code) and nothing else, until killed.
// TEST_INSPECTION_BATCH lowers the price inspection's batch, so a kill can land between batches.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@zhengcai/schema';
import { InspectionService } from '@zhengcai/api/oversight/inspection/inspection.service';
import { QueueWorkers } from '../../dist/runtime/queue-workers.js';
import { WorkerModule } from '../../dist/worker.module.js';

const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadConfig()), { logger: false });
if (process.env.TEST_INSPECTION_BATCH) app.get(InspectionService).batchSize = Number(process.env.TEST_INSPECTION_BATCH);
await app.get(QueueWorkers).start();
process.stdout.write('ready\n');
