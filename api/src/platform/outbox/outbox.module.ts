import { Global, Module } from '@nestjs/common';
import { OUTBOX_WRITER } from '../database/tx-effects.js';
import { OutboxWriter } from './outbox.writer.js';

/** Global so that TenantDb (in DatabaseModule) finds the writer under OUTBOX_WRITER. */
@Global()
@Module({
  providers: [{ provide: OUTBOX_WRITER, useClass: OutboxWriter }],
  exports: [OUTBOX_WRITER],
})
export class OutboxModule {}
