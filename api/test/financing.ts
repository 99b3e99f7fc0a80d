import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sm2 } from 'sm-crypto-v2';
import { newId } from '@zhengcai/schema';
import { canonicalJson } from '../src/platform/audit/canonical-json.js';
import type { TestApi } from './app.js';
import type { PeopleFixture } from './identity.js';
import { randomUscc } from './identity.js';
import { asOwner } from './tenants.js';

const USER_ID = '1234567812345678';

/** A lender's own SM2 key pair (the bank's side of the exchange). */
export const lenderKeys = () => sm2.generateKeyPairHex();

export const signAsLender = (body: object, privateKey: string) => sm2.doSignature(canonicalJson(body), privateKey, { hash: true, userId: USER_ID });

export const verifyAsLender = (text: string, signature: string, publicKey: string) => sm2.doVerifySignature(text, signature, publicKey, { hash: true, userId: USER_ID });

export interface TestLender { id: string; name: string; uscc: string; publicKey: string; privateKey: string; accountNo: string }

/** A lender row as an operator would register it (the register screen is tested through GraphQL elsewhere). */
export async function insertLender(people: PeopleFixture, webhookUrl = 'http://127.0.0.1:9/none', options: { active?: boolean } = {}): Promise<TestLender> {
  const keys = lenderKeys();
  const l = { id: newId(), name: `测试银行${newId().slice(-6)}`, uscc: randomUscc(), publicKey: keys.publicKey, privateKey: keys.privateKey, accountNo: `62220${Date.now() % 1e10}`.padEnd(16, '0') };
  await asOwner(people.tenant.id, (c) =>
    c.query(
      `insert into lender (id, tenant_id, name, uscc, webhook_url, public_key, repayment_bank_name, repayment_account_name, repayment_account_no, active, registered_by)
       values ($1, $2, $3, $4, $5, $6, '测试银行杭州分行', $3, $7, $8, $9)`,
      [l.id, people.tenant.id, l.name, l.uscc, webhookUrl, l.publicKey, l.accountNo, options.active ?? true, people.users.operator.id],
    ),
  );
  return l;
}

/** An application row in a state, with a stored (unsigned) package: for tests of later steps. */
export async function insertApplication(people: PeopleFixture, lender: TestLender, subjectId: string, state = 'applied', subjectType = 'mall_order'): Promise<string> {
  const id = newId();
  await asOwner(people.tenant.id, (c) =>
    c.query(
      `insert into financing_application (id, tenant_id, subject_type, subject_id, contract_no, contract_amount_fen, supplier_id, lender_id, amount_fen, state, applied_by, consent_at, package, package_signature, platform_key_id)
       values ($1, $2, $3, $4, 'DD-TEST', 128000, $5, $6, 100000, $7, $8, now(), '{}', '00', '00')`,
      [id, people.tenant.id, subjectType, subjectId, people.organisations.supplier.id, lender.id, state, people.users.supplier.id],
    ),
  );
  return id;
}

export async function insertLock(people: PeopleFixture, lender: TestLender, subjectId: string, subjectType = 'mall_order'): Promise<string> {
  const id = newId();
  const applicationId = await insertApplication(people, lender, subjectId, 'approved', subjectType);
  await asOwner(people.tenant.id, (c) =>
    c.query(
      `insert into payee_account_lock (id, tenant_id, subject_type, subject_id, application_id, lender_id, bank_name, account_name, account_no, locked_at) values ($1, $2, $3, $4, $5, $6, '测试银行杭州分行', $7, $8, now())`,
      [id, people.tenant.id, subjectType, subjectId, applicationId, lender.id, lender.name, lender.accountNo],
    ),
  );
  return id;
}

/** Posts a lender notice the way a bank does: JSON body, SM2 signature header. */
export async function postNotice(api: TestApi, tenantCode: string, lenderId: string, body: object, signature: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${api.url}/financing/lenders/${lenderId}/notices`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': tenantCode, 'x-lender-signature': signature }, body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export interface ReceivedPackage { headers: IncomingHttpHeaders; body: string }

/** A bank's webhook: records every package it receives; answers with `status()` (200 by default). */
export async function startLenderWebhook(status: () => number = () => 200): Promise<{ url: string; received: ReceivedPackage[]; close(): Promise<void> }> {
  const received: ReceivedPackage[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(status(), { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/financing/packages`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export async function applicationRow(tenantId: string, id: string): Promise<Record<string, unknown> | undefined> {
  return asOwner(tenantId, async (c) => (await c.query('select * from financing_application where id = $1', [id])).rows[0]);
}

export async function financingFootprint(tenantId: string): Promise<Record<string, number>> {
  return asOwner(tenantId, async (c) => {
    const out: Record<string, number> = {};
    for (const t of ['financing_application', 'financing_notice', 'payee_account_lock', 'lender']) out[t] = Number((await c.query(`select count(*) from ${t}`)).rows[0].count);
    out.audit = Number((await c.query(`select count(*) from audit_entry where action like 'financing.%'`)).rows[0].count);
    return out;
  });
}
