import type { INestApplicationContext } from '@nestjs/common';
import webpush from 'web-push';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_CATALOGUE, JOBS } from '@zhengcai/api/platform/jobs/job-catalogue';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { NotificationDispatcher } from '@zhengcai/api/notifications/notification-dispatcher';
import { newId } from '@zhengcai/schema';
import { startApi, type TestApi } from '../../../api/test/app.js';
import { insertListing, seedCategories } from '../../../api/test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../api/test/identity.js';
import { insertBudgetLine, insertOrder, PLACE_ORDER, placeInput } from '../../../api/test/mall.js';
import { insertEvaluation } from '../../../api/test/evaluation.js';
import { insertIntegrityEvent } from '../../../api/test/integrity.js';
import { insertFinding } from '../../../api/test/oversight.js';
import { insertSealedBid } from '../../../api/test/sealed-bids.js';
import { insertInquiry } from '../../../api/test/sourcing.js';
import { insertTenderProject } from '../../../api/test/tender.js';
import { asOwner, contextFor, createTenant } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { browserKeys, decryptPush, startPushSink, startSmtpSink } from '../../test/notification-sinks.ts';
import { OutboxRelay } from '../outbox/outbox-relay.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

type Sinks = { smtp: Awaited<ReturnType<typeof startSmtpSink>>; push: Awaited<ReturnType<typeof startPushSink>> };

describe('notifications (events → in-app, e-mail over SMTP, Web Push; once per event, user and channel)', () => {
  const vapid = webpush.generateVAPIDKeys();
  let sinks: Sinks;
  let api: TestApi;
  let app: INestApplicationContext;
  let people: PeopleFixture;
  let other: PeopleFixture;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    sinks = { smtp: await startSmtpSink(), push: await startPushSink() };
    const config = testConfig(uniquePrefix('notify'), {
      SMTP_URL: sinks.smtp.url, VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey, STOREFRONT_URL: 'https://mall.example.cn',
    });
    // Short retries, so that a refused e-mail uses up its tries within the test.
    const catalogue = JOB_CATALOGUE.extend({ 'notifications.deliver': { ...JOBS['notifications.deliver'], attempts: 2, backoff: { type: 'fixed', delay: 100 } } });
    [api, app, people, other] = await Promise.all([startApi(), workerApp(config, { jobCatalogue: catalogue }), createPeople(), createPeople()]);
    await Promise.all([seedCategories(people.tenant.id), seedCategories(other.tenant.id)]);
    for (const key of ['purchaser', 'supplier', 'operator', 'expert'] as const) tokens[key] = (await login(api, people.tenant, people.users[key].loginName)).accessToken;
    await app.get(QueueWorkers).start();
  });
  afterAll(async () => {
    await closeAndClean(app);
    await api?.close();
    await sinks?.smtp.close();
    await sinks?.push.close();
  });

  const gql = async <T = Record<string, unknown>>(who: string, query: string, variables: object = {}) => {
    const { body } = await api.gql(query, { variables, headers: headers(people.tenant, tokens[who]) });
    return body as { data?: T; errors?: { extensions?: { code?: string; reason?: string; field?: string } }[] };
  };
  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  /** Relays the tenant's outbox until `check` holds (as the relay's NOTIFY would). */
  const until = <T>(check: () => Promise<T>, what: string) =>
    waitFor(async () => {
      await app.get(OutboxRelay).relayTenant(people.tenant.id);
      return check();
    }, what);
  const deliveries = (eventId: string) =>
    q<{ id: string; channel: string; state: string; attempts: number; skip_reason: string | null; last_error: string | null; user_id: string }>(
      `select id, channel, state, attempts, skip_reason, last_error, user_id from notification_delivery where event_id = $1 order by user_id, channel`, [eventId],
    );
  const settled = (rows: { state: string }[]) => rows.length === 3 && rows.every((d) => d.state !== 'pending');
  const placeOrder = async () => {
    const [listing, line] = await Promise.all([insertListing(people, 'approved'), insertBudgetLine(people.tenant.id, people.organisations.purchasing_unit.id, 10_000_00n)]);
    const { body } = await api.gql(PLACE_ORDER, { variables: { input: placeInput(listing, line) }, headers: headers(people.tenant, tokens.purchaser) });
    expect(body.errors).toBeUndefined();
    const order = body.data!.placeOrder as { id: string; orderNo: string };
    const [event] = await q<{ id: string }>(`select id from outbox_event where type = 'mall.order.placed' and payload->>'orderId' = $1`, [order.id]);
    return { ...order, eventId: event.id };
  };

  it('lets a user set the address of their e-mail notices; a malformed one is refused and writes nothing', async () => {
    const SET = `mutation ($e: String) { setMyNotificationEmail(email: $e) { email } }`;
    const refused = await gql('supplier', SET, { e: 'not an address' });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOTIFICATION_EMAIL_INVALID', field: 'email' });
    expect(await q(`select email from user_account where id = $1`, [people.users.supplier.id])).toEqual([{ email: null }]);
    expect((await gql('supplier', SET, { e: ' supplier@example.cn ' })).data).toEqual({ setMyNotificationEmail: { email: 'supplier@example.cn' } });
    // The API process here runs without SMTP or VAPID keys: it says so.
    expect((await gql('supplier', `{ myNotificationSettings { email emailAvailable pushPublicKey } }`)).data).toEqual({
      myNotificationSettings: { email: 'supplier@example.cn', emailAvailable: false, pushPublicKey: null },
    });
  });

  it("tells the supplier of a new order in-app, by e-mail and by push, each once, with a link to the order", async () => {
    const keys = browserKeys();
    const registered = await gql('supplier', `mutation ($input: PushSubscriptionInput!) { registerPushSubscription(input: $input) { id endpoint } }`, {
      input: { endpoint: `${sinks.push.origin}/push/${newId()}`, p256dh: keys.p256dh, auth: keys.auth },
    });
    expect(registered.errors).toBeUndefined();

    // Live: the supplier watches the notification centre over graphql-ws.
    const live: { title: string; link: string }[] = [];
    const client = createClient({ url: `${api.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { 'x-tenant': people.tenant.code, authorization: `Bearer ${tokens.supplier}` } });
    const subscribed = new Promise<void>((resolve) => {
      client.on('connected', () => setTimeout(resolve, 300));
    });
    client.subscribe<{ notificationAdded: { title: string; link: string } }>({ query: `subscription { notificationAdded { title link } }` }, {
      next: (m) => { if (m.data) live.push(m.data.notificationAdded); },
      error: () => undefined,
      complete: () => undefined,
    });
    await subscribed;
    try {
      const order = await placeOrder();
      await until(async () => settled(await deliveries(order.eventId)), 'the deliveries');

      expect(await deliveries(order.eventId)).toEqual([
        expect.objectContaining({ channel: 'in_app', state: 'sent', attempts: 1, user_id: people.users.supplier.id }),
        expect.objectContaining({ channel: 'email', state: 'sent', attempts: 1 }),
        expect.objectContaining({ channel: 'push', state: 'sent', attempts: 1 }),
      ]);
      // In-app, in the language the reader asks for.
      const mine = await gql<{ myNotifications: { nodes: { title: string; body: string; link: string; app: string; read: boolean; mandatory: boolean }[] } }>(
        'supplier', `{ myNotifications(first: 5) { nodes { title body link app read mandatory } } }`);
      expect(mine.data!.myNotifications.nodes).toEqual([
        { title: `新订单 ${order.orderNo} 待确认`, body: expect.stringContaining('请在'), link: `/supplier/orders/${order.id}`, app: 'storefront', read: false, mandatory: false },
      ]);
      const english = await api.gql(`{ myNotifications(first: 1) { nodes { title } } }`, { headers: headers(people.tenant, tokens.supplier, { 'accept-language': 'en' }) });
      expect(english.body.data).toEqual({ myNotifications: { nodes: [{ title: `New order ${order.orderNo} to confirm` }] } });
      await expect.poll(() => live, { timeout: 5_000 }).toEqual([{ title: `新订单 ${order.orderNo} 待确认`, link: `/supplier/orders/${order.id}` }]);

      // E-mail: received and parsed by a real SMTP server.
      expect(sinks.smtp.mails).toHaveLength(1);
      const mail = sinks.smtp.mails[0];
      expect(mail.subject).toBe(`新订单 ${order.orderNo} 待确认`);
      expect(mail.to).toMatchObject({ value: [{ address: 'supplier@example.cn' }] });
      expect(mail.text).toContain(`https://${people.tenant.slug}.mall.example.cn/supplier/orders/${order.id}`);
      expect(mail.text).toContain(`New order ${order.orderNo} to confirm`);

      // Push: VAPID-signed, and the encrypted payload decrypts with the browser's keys.
      expect(sinks.push.requests).toHaveLength(1);
      const push = sinks.push.requests[0];
      expect(push.headers['content-encoding']).toBe('aes128gcm');
      expect(String(push.headers.authorization)).toContain(`k=${vapid.publicKey}`);
      expect(JSON.parse(decryptPush(push.body, keys))).toMatchObject({ title: `新订单 ${order.orderNo} 待确认`, url: `https://${people.tenant.slug}.mall.example.cn/supplier/orders/${order.id}`, priority: 'high' });

      // Redelivered: the dispatch and every delivery run again, and nothing is sent twice.
      const queues = app.get(JobQueues);
      await queues.enqueue('notifications.dispatch', { tenantId: people.tenant.id, eventId: order.eventId, eventType: 'mall.order.placed', event: { orderId: order.id } }, { jobId: `again-${order.eventId}` });
      const [email] = await q<{ id: string }>(`select id from notification_delivery where event_id = $1 and channel = 'email'`, [order.eventId]);
      await queues.enqueue('notifications.deliver', { tenantId: people.tenant.id, deliveryId: email.id }, { jobId: `again-${email.id}` });
      await waitFor(async () => (await queues.queue('notifications').getJobState(`again-${email.id}`)) === 'completed', 'the repeated delivery');
      await waitFor(async () => (await queues.queue('notifications').getJobState(`again-${order.eventId}`)) === 'completed', 'the repeated dispatch');
      expect(await q(`select count(*)::int as n from notification where event_id = $1`, [order.eventId])).toEqual([{ n: 1 }]);
      expect(sinks.smtp.mails).toHaveLength(1);
      expect(sinks.push.requests).toHaveLength(1);
    } finally {
      await client.dispose();
    }
  });

  it('counts unread notices, pages them, and marks them read (one, then all); the ids must be yours', async () => {
    await placeOrder();
    await placeOrder();
    await until(async () => (await gql<{ unreadNotificationCount: number }>('supplier', `{ unreadNotificationCount }`)).data?.unreadNotificationCount === 3, 'three unread');
    const page1 = await gql<{ myNotifications: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>('supplier', `{ myNotifications(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }`);
    expect(page1.data!.myNotifications.pageInfo.hasNextPage).toBe(true);
    const page2 = await gql<{ myNotifications: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } } }>('supplier', `query ($after: String) { myNotifications(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage } } }`, { after: page1.data!.myNotifications.pageInfo.endCursor });
    expect(page2.data!.myNotifications.nodes).toHaveLength(1);
    expect(page2.data!.myNotifications.pageInfo.hasNextPage).toBe(false);
    const [newest] = page1.data!.myNotifications.nodes;

    const MARK = `mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`;
    // Someone else cannot mark the supplier's notice read.
    expect((await gql('purchaser', MARK, { input: { ids: [newest.id] } })).data).toEqual({ markNotificationsRead: 0 });
    expect((await gql('supplier', MARK, { input: { ids: [newest.id] } })).data).toEqual({ markNotificationsRead: 1 });
    const unread = await gql<{ myNotifications: { nodes: { id: string }[] } }>('supplier', `{ myNotifications(unreadOnly: true) { nodes { id } } }`);
    expect(unread.data!.myNotifications.nodes.map((n) => n.id)).not.toContain(newest.id);
    expect((await gql('supplier', MARK, { input: { all: true } })).data).toEqual({ markNotificationsRead: 2 });
    expect((await gql('supplier', `{ unreadNotificationCount }`)).data).toEqual({ unreadNotificationCount: 0 });

    // Neither ids nor all, or both: refused, naming the field, and nothing changes.
    for (const input of [{}, { ids: [newest.id], all: true }, { ids: ['nope'] }]) {
      const refused = await gql('supplier', MARK, { input });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOTIFICATION_IDS_OR_ALL' });
    }
  });

  it('honours preferences per event type and channel; mandatory notices and in-app refuse to be switched off', async () => {
    const SET = `mutation ($t: String!, $c: NotificationChannel!, $e: Boolean!) { setNotificationPreference(eventType: $t, channel: $c, enabled: $e) { eventType channel enabled locked mandatory } }`;
    expect((await gql('supplier', SET, { t: 'mall.order.placed', c: 'EMAIL', e: false })).data).toEqual({
      setNotificationPreference: { eventType: 'mall.order.placed', channel: 'EMAIL', enabled: false, locked: false, mandatory: false },
    });
    for (const [vars, reason, field] of [
      [{ t: 'tender.lot.opening-started', c: 'EMAIL', e: false }, 'NOTIFICATION_MANDATORY', 'eventType'],
      [{ t: 'tender.panel.expert-drawn', c: 'PUSH', e: false }, 'NOTIFICATION_MANDATORY', 'eventType'],
      [{ t: 'mall.order.placed', c: 'IN_APP', e: false }, 'NOTIFICATION_IN_APP_ALWAYS_ON', 'channel'],
      [{ t: 'mall.order.nonsense', c: 'EMAIL', e: false }, 'NOTIFICATION_EVENT_TYPE_UNKNOWN', 'eventType'],
    ] as const) {
      const refused = await gql('supplier', SET, vars);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
    }
    // Only the one accepted choice was written.
    expect(await q(`select event_type, channel, enabled from notification_preference where user_id = $1`, [people.users.supplier.id])).toEqual([
      { event_type: 'mall.order.placed', channel: 'email', enabled: false },
    ]);
    const prefs = await gql<{ myNotificationPreferences: { eventType: string; channel: string; enabled: boolean; locked: boolean }[] }>('supplier', `{ myNotificationPreferences { eventType channel enabled locked } }`);
    expect(prefs.data!.myNotificationPreferences).toEqual(expect.arrayContaining([
      { eventType: 'mall.order.placed', channel: 'EMAIL', enabled: false, locked: false },
      { eventType: 'mall.order.placed', channel: 'IN_APP', enabled: true, locked: true },
      { eventType: 'tender.lot.opening-started', channel: 'EMAIL', enabled: true, locked: true },
    ]));

    try {
      const order = await placeOrder();
      await until(async () => settled(await deliveries(order.eventId)), 'the deliveries');
      expect((await deliveries(order.eventId)).find((d) => d.channel === 'email')).toMatchObject({ state: 'skipped', skip_reason: 'preference_off' });
      expect((await deliveries(order.eventId)).find((d) => d.channel === 'in_app')).toMatchObject({ state: 'sent' });
      expect(sinks.smtp.mails.map((m) => m.subject)).not.toContain(`新订单 ${order.orderNo} 待确认`);
    } finally {
      await gql('supplier', SET, { t: 'mall.order.placed', c: 'EMAIL', e: true });
    }
  });

  it('retries a refused e-mail with backoff, records each failure, and shows the failed delivery to operators', async () => {
    await asOwner(people.tenant.id, (c) => c.query(`update user_account set email = 'bounce@example.cn' where id = $1`, [people.users.supplier.id]));
    try {
      const order = await placeOrder();
      await until(async () => (await deliveries(order.eventId)).find((d) => d.channel === 'email')?.state === 'failed', 'the e-mail to fail');
      expect((await deliveries(order.eventId)).find((d) => d.channel === 'email')).toMatchObject({ attempts: 2, last_error: expect.stringMatching(/550|mailbox unavailable/) });
      const listed = await gql<{ notificationDeliveries: { nodes: { eventType: string; channel: string; attempts: number; lastError: string; userName: string }[] } }>(
        'operator', `{ notificationDeliveries(state: FAILED) { nodes { eventType channel attempts lastError userName } } }`);
      expect(listed.data!.notificationDeliveries.nodes).toEqual([expect.objectContaining({ eventType: 'mall.order.placed', channel: 'EMAIL', attempts: 2, lastError: expect.stringContaining('550') })]);
      expect((await gql('supplier', `{ notificationDeliveries(state: FAILED) { nodes { id } } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

      // The address put right, the operator sends it again: a fresh job, and it goes out once.
      await asOwner(people.tenant.id, (c) => c.query(`update user_account set email = 'supplier@example.cn' where id = $1`, [people.users.supplier.id]));
      const failed = (await deliveries(order.eventId)).find((d) => d.channel === 'email')!;
      const RESEND = `mutation ($id: ID!) { resendNotificationDelivery(id: $id) { id state attempts lastError } }`;
      expect((await gql('supplier', RESEND, { id: failed.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const resent = await gql<{ resendNotificationDelivery: { state: string; attempts: number } }>('operator', RESEND, { id: failed.id });
      expect(resent.data?.resendNotificationDelivery).toMatchObject({ id: failed.id, state: 'PENDING', attempts: 2 });
      await until(async () => (await deliveries(order.eventId)).find((d) => d.channel === 'email')?.state === 'sent', 'the resent e-mail to go out');
      expect(await q(`select action from audit_entry where subject_id = $1 and action like 'notifications.delivery.%' order by seq`, [failed.id]))
        .toEqual(['attempt-failed', 'failed', 'resent', 'sent'].map((a) => ({ action: `notifications.delivery.${a}` })));
      // Sent stays sent: a second resend is refused and changes nothing; an unknown id is not found.
      const again = await gql('operator', RESEND, { id: failed.id });
      expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('sent') });
      expect((await gql('operator', RESEND, { id: newId() })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await deliveries(order.eventId)).find((d) => d.channel === 'email')?.state).toBe('sent');
    } finally {
      await asOwner(people.tenant.id, (c) => c.query(`update user_account set email = 'supplier@example.cn' where id = $1`, [people.users.supplier.id]));
    }
  });

  it('tells the buyer when the order ships, and no one for the steps that ask nothing of them', async () => {
    const listing = await insertListing(people, 'approved');
    const { orderId } = await insertOrder(people, 'confirmed', listing);
    const SHIP = `mutation ($id: ID!) { shipOrder(id: $id, input: { logisticsCompany: "顺丰速运", trackingNo: "SF1234567890" }) { state } }`;
    expect((await gql('supplier', SHIP, { id: orderId })).errors).toBeUndefined();
    const [shipped] = await q<{ id: string }>(`select id from outbox_event where type = 'mall.order.step-completed' and payload->>'orderId' = $1`, [orderId]);
    await until(async () => (await q(`select 1 from notification where event_id = $1`, [shipped.id])).length > 0, 'the shipping notice');
    const buyer = await gql<{ myNotifications: { nodes: { title: string; link: string }[] } }>('purchaser', `{ myNotifications(first: 1) { nodes { title link } } }`);
    expect(buyer.data!.myNotifications.nodes[0]).toMatchObject({ title: expect.stringContaining('已发货'), link: `/orders/${orderId}` });
  });

  it('reaches only users of the event\'s own tenant, by construction', async () => {
    // An event in this tenant naming another tenant's order: row-level security hides the order and its users.
    const { orderId } = await insertOrder(other, 'placed', await insertListing(other, 'approved'));
    const db = app.get(TenantDb);
    const result = await db.transaction(contextFor(people.tenant), (em, tx) =>
      app.get(NotificationDispatcher).dispatch(em, tx, contextFor(people.tenant), { eventId: newId(), eventType: 'mall.order.placed', event: { orderId } }),
    );
    expect(result).toEqual({ users: 0, queued: 0 });
    expect(await asOwner(other.tenant.id, async (c) => (await c.query(`select count(*)::int as n from notification`)).rows)).toEqual([{ n: 0 }]);
  });

  it('reminds of a coming deadline once per offset (hours, and working days on the calendar), with the tenant\'s offsets', async () => {
    const tenant = await createTenant({ settings: { notifications: { reminderWorkingDaysBefore: 1, reminderHoursBefore: 3 } } });
    const remind = await createPeople(tenant);
    await seedCategories(remind.tenant.id);
    const rq = <T>(sql: string, params: unknown[] = []) => asOwner(remind.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
    const { orderId } = await insertOrder(remind, 'placed', await insertListing(remind, 'approved'));
    // Wednesday 2026-12-09 10:00 in Shanghai; the order must be confirmed by Thursday 17:00.
    const asOf = new Date('2026-12-09T02:00:00Z');
    await rq(`update mall_order set due_kind = 'confirm', due_at = $2 where id = $1`, [orderId, new Date('2026-12-10T09:00:00Z')]);
    const queues = app.get(JobQueues);
    const sweep = async (at: Date) => {
      const jobId = await queues.enqueue('notifications.send-reminders', { tenantId: remind.tenant.id, asOf: at.toISOString() });
      await waitFor(async () => ['completed', 'failed'].includes(await queues.queue('notifications').getJobState(jobId)), 'the reminder sweep');
      const job = await queues.queue('notifications').getJob(jobId);
      expect(job?.failedReason).toBeUndefined();
      return (job?.returnvalue as { result: unknown }).result;
    };
    // One working day away (Thursday): the working-day reminder; not yet the 3-hour one.
    expect(await sweep(asOf)).toEqual({ deadlines: 1, reminded: 1 });
    expect(await sweep(new Date(asOf.getTime() + 60_000))).toEqual({ deadlines: 1, reminded: 0 });
    // Thursday 14:30: within three hours.
    expect(await sweep(new Date('2026-12-10T06:30:00Z'))).toEqual({ deadlines: 1, reminded: 1 });
    expect(await rq(`select "offset" from notification_reminder where subject_id = $1 order by created_at`, [orderId])).toEqual([{ offset: '1wd' }, { offset: '3h' }]);

    await waitFor(async () => {
      await app.get(OutboxRelay).relayTenant(remind.tenant.id);
      return (await rq(`select 1 from notification where user_id = $1`, [remind.users.supplier.id])).length === 2;
    }, 'the reminder notices');
    const [notice] = await rq<{ template: string; mandatory: boolean; link: string; params: Record<string, string> }>(`select template, mandatory, link, params from notification where user_id = $1 limit 1`, [remind.users.supplier.id]);
    expect(notice).toMatchObject({ template: 'reminder.order_confirm', mandatory: true, link: `/supplier/orders/${orderId}`, params: { dueAt: '2026-12-10 17:00' } });
  });

  it('resolves each notified event to its recipients, text and page: bidders to decrypt, the drawn expert, the supplier of a finding or integrity record', async () => {
    const dispatch = (eventType: string, event: Record<string, unknown>) => {
      const eventId = newId();
      return app.get(TenantDb).transaction(contextFor(people.tenant), async (em, tx) => {
        const r = await app.get(NotificationDispatcher).dispatch(em, tx, contextFor(people.tenant), { eventId, eventType, event });
        return { ...r, eventId };
      });
    };
    const notice = async (eventId: string) =>
      q<{ user_id: string; template: string; link: string; mandatory: boolean; params: Record<string, string> }>(`select user_id, template, link, mandatory, params from notification where event_id = $1`, [eventId]);

    const { lotIds: [lotId] } = await insertTenderProject(people, { bidDeadline: new Date('2026-12-01T02:00:00Z') });
    await insertSealedBid(people.tenant.id, lotId, people.organisations.supplier.id, people.users.supplier.id);
    const opening = await dispatch('tender.lot.opening-started', { lotId });
    expect(await notice(opening.eventId)).toEqual([
      { user_id: people.users.supplier.id, template: 'tender.lot.opening-started', link: `/tender/lots/${lotId}/opening`, mandatory: true, params: expect.objectContaining({ decryptBy: '2026-12-01 10:30' }) },
    ]);

    const evaluation = await insertEvaluation(people);
    const [member] = await q<{ id: string }>(`select id from evaluation_panel_member where lot_id = $1`, [evaluation.lotId]);
    const drawn = await dispatch('tender.panel.expert-drawn', { lotId: evaluation.lotId, memberId: member.id });
    expect(await notice(drawn.eventId)).toEqual([expect.objectContaining({ user_id: people.users.expert.id, link: `/expert/panels/${evaluation.lotId}`, mandatory: true })]);

    const finding = await insertFinding(people.tenant.id, await insertListing(people, 'approved'), people.organisations.supplier.id);
    const raised = await dispatch('oversight.price-finding.raised', { findingId: finding });
    expect(await notice(raised.eventId)).toEqual([expect.objectContaining({ user_id: people.users.supplier.id, link: '/supplier/price-findings', mandatory: false })]);

    const integrityEventId = await insertIntegrityEvent(people.tenant.id, people.organisations.supplier.id, { kind: 'price_offence', points: -10 });
    const recorded = await dispatch('integrity.event.recorded', { integrityEventId });
    expect(await notice(recorded.eventId)).toEqual([expect.objectContaining({ user_id: people.users.supplier.id, link: '/supplier/integrity', params: { kind: 'price_offence', points: '-10' } })]);

    // An inquiry's invited suppliers are asked to quote before its deadline.
    const inquiry = await insertInquiry(people, 'published', { deadline: new Date('2026-12-04T09:00:00Z') });
    await q(`insert into sourcing_invitation (id, tenant_id, inquiry_id, supplier_id) values ($1, $2, $3, $4)`, [newId(), people.tenant.id, inquiry.inquiryId, people.organisations.supplier.id]);
    const invited = await dispatch('sourcing.inquiry.published', { inquiryId: inquiry.inquiryId });
    expect(await notice(invited.eventId)).toEqual([
      { user_id: people.users.supplier.id, template: 'sourcing.inquiry.published', link: `/supplier/inquiries/${inquiry.inquiryId}`, mandatory: false, params: expect.objectContaining({ deadline: '2026-12-04 17:00' }) },
    ]);

    // A mall step other than shipping asks nothing of the buyer.
    const { orderId } = await insertOrder(people, 'confirmed', await insertListing(people, 'approved'));
    expect(await dispatch('mall.order.step-completed', { orderId, step: 'confirm', onTime: true })).toMatchObject({ users: 0, queued: 0 });
  });
});
