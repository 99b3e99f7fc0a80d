// Child of the crash test: runs the real relay (built code) for one tenant and dies by
// SIGKILL right after BullMQ accepted the job, before the relay's transaction could mark
// the outbox row published.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@zhengcai/schema';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { OutboxRelay } from '../../dist/outbox/outbox-relay.js';
import { WorkerModule } from '../../dist/worker.module.js';
import { deliveryCatalogue } from '../delivery-fixture.ts';

const [tenantId] = process.argv.slice(2);
const app = await NestFactory.createApplicationContext(
  WorkerModule.forRoot(loadConfig(), { jobCatalogue: deliveryCatalogue, processors: [] }),
  { logger: false },
);
const queues = app.get(JobQueues);
const dispatch = queues.dispatch.bind(queues);
queues.dispatch = async (job) => {
  const added = await dispatch(job);
  process.stdout.write(`enqueued ${added.id}\n`);
  process.kill(process.pid, 'SIGKILL');
  return added;
};
await app.get(OutboxRelay).relayTenant(tenantId);
process.stdout.write('relay finished without dying\n');
process.exit(3);
