// Child of the crash test: commits a business transaction with a domain event, says so,
// and hangs until the test SIGKILLs it. No relay ever runs in this process.
import { MikroORM } from '@mikro-orm/postgresql';
import { newId, ormConfig } from '@zhengcai/schema';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { OutboxWriter } from '@zhengcai/api/platform/outbox/outbox.writer';
import { deliveryCatalogue, placeOrder } from '../delivery-fixture.ts';

const [tenantId, tenantCode, orderNo, day] = process.argv.slice(2);
const orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 1 }));
const db = new TenantDb(orm, new OutboxWriter(deliveryCatalogue));
await placeOrder(db, { tenantId, tenantCode, locale: 'zh-CN', roles: [], requestId: newId() }, orderNo, day);
process.stdout.write('committed\n');
setInterval(() => undefined, 60_000);
