import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerForLot } from '../../test/tender-notices.js';
import { TenderLot } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { BidGateRegistry } from '../tender/bid-gate.js';
import { startApi, type TestApi } from '../../test/app.js';
import { insertGuarantee, insertIssuer, issuerKeys } from '../../test/deposits.js';
import { createPeople, headers, loginAll, type PeopleFixture, type PersonKey, type TestSession } from '../../test/identity.js';
import { insertTenderProject } from '../../test/tender.js';
import { asOwner, contextFor } from '../../test/tenants.js';
import { guaranteeSignedText } from './guarantee-signature.js';

const PRESENT = `mutation ($input: PresentGuaranteeInput!) { presentGuarantee(input: $input) { id state amount issuerName guaranteeNo lotNo lotTitle projectTitle } }`;
const DAY = 86_400_000;

describe('electronic guarantees', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let sessions: Record<PersonKey, TestSession>;
  let uscc: string;

  beforeAll(async () => {
    [api, people] = await Promise.all([startApi(), createPeople()]);
    sessions = await loginAll(api, people);
    uscc = await asOwner(people.tenant.id, async (c) => (await c.query('select uscc from organisation where id = $1', [people.organisations.supplier.id])).rows[0].uscc);
  });
  afterAll(() => api?.close());

  const call = async <T = Record<string, unknown>>(document: string, variables: object, who: PersonKey) => {
    const { body } = await api.gql(document, { variables, headers: headers(people.tenant, sessions[who].accessToken) });
    const e = body.errors?.[0]?.extensions as Record<string, unknown> | undefined;
    return { data: body.data ? (Object.values(body.data)[0] as T) : undefined, error: e ? { code: e.code, reason: e.reason, field: e.field } : undefined };
  };
  const guarantees = () => asOwner(people.tenant.id, async (c) => Number((await c.query('select count(*) from guarantee')).rows[0].count));
  // Every gate, as a bid meets them: the supplier has registered (报名) for the project.
  const gate = async (lotId: string) =>
    registerForLot(people.tenant.id, lotId, people.organisations.supplier.id, people.users.supplier.id).then(() => api.app.get(TenantDb).transaction(contextFor(people.tenant), async (em) => {
      const lot = await em.findOneOrFail(TenderLot, { id: lotId });
      return api.app.get(BidGateRegistry).checkAll(em, contextFor(people.tenant), lot, people.organisations.supplier.id).then(() => 'may bid', (e: { reason?: string }) => e.reason);
    }));

  /** Terms for a lot (deadline in 20 days) signed by `keys`, with overrides applied before signing. */
  const signed = (keys: ReturnType<typeof issuerKeys>, issuer: { id: string; name: string }, lotId: string, over: { amount?: bigint; validFrom?: Date; validUntil?: Date; no?: string } = {}) => {
    const terms = {
      guaranteeNo: over.no ?? `BH${Date.now()}${Math.floor(Math.random() * 1000)}`, issuerName: issuer.name, beneficiary: '某市教育局', applicantUscc: uscc, lotId,
      amountFen: over.amount ?? 100_000n, validFrom: over.validFrom ?? new Date(Date.now() - DAY), validUntil: over.validUntil ?? new Date(Date.now() + 200 * DAY),
    };
    return {
      issuerId: issuer.id, guaranteeNo: terms.guaranteeNo, lotId, beneficiary: terms.beneficiary, amount: `${terms.amountFen / 100n}.${String(terms.amountFen % 100n).padStart(2, '0')}`,
      validFrom: terms.validFrom.toISOString(), validUntil: terms.validUntil.toISOString(), signature: keys.sign(guaranteeSignedText(terms)),
    };
  };

  it.each(['sm2', 'rsa'] as const)('accepts a %s-signed guarantee that covers the deposit; the bid gate then lets the supplier bid', async (algorithm) => {
    const keys = issuerKeys(algorithm);
    const issuer = await insertIssuer(people.tenant.id, people.users.operator.id, keys, { algorithm });
    const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ depositFen: 100_000n }] });
    expect(await gate(lotId)).toBe('DEPOSIT_REQUIRED');
    const presented = await call(PRESENT, { input: signed(keys, issuer, lotId) }, 'supplier');
    expect(presented.error).toBeUndefined();
    expect(presented.data).toMatchObject({ state: 'ACCEPTED', amount: '1000.00', issuerName: issuer.name, lotNo: 1, lotTitle: '第1包', projectTitle: '办公计算机采购项目' });
    expect((await call(`query ($lotId: ID) { guarantees(lotId: $lotId) { lotId lotNo lotTitle projectTitle } }`, { lotId }, 'supplier')).data).toEqual([{ lotId, lotNo: 1, lotTitle: '第1包', projectTitle: '办公计算机采购项目' }]);
    expect(await gate(lotId)).toBe('may bid');
  });

  it('refuses a bad signature, an expired, too short or too small guarantee, naming the field, and stores nothing', async () => {
    const keys = issuerKeys('sm2');
    const other = issuerKeys('sm2');
    const issuer = await insertIssuer(people.tenant.id, people.users.operator.id, keys);
    const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ depositFen: 100_000n }] });
    const before = await guarantees();
    const tampered = { ...signed(keys, issuer, lotId), amount: '2000.00' };
    expect((await call(PRESENT, { input: tampered }, 'supplier')).error).toMatchObject({ reason: 'GUARANTEE_SIGNATURE_INVALID', field: 'input.signature' });
    expect((await call(PRESENT, { input: signed(other, issuer, lotId) }, 'supplier')).error).toMatchObject({ reason: 'GUARANTEE_SIGNATURE_INVALID' });
    expect((await call(PRESENT, { input: signed(keys, issuer, lotId, { validFrom: new Date(Date.now() - 400 * DAY), validUntil: new Date(Date.now() - DAY) }) }, 'supplier')).error)
      .toMatchObject({ reason: 'GUARANTEE_EXPIRED', field: 'input.validUntil' });
    expect((await call(PRESENT, { input: signed(keys, issuer, lotId, { validUntil: new Date(Date.now() + 30 * DAY) }) }, 'supplier')).error)
      .toMatchObject({ reason: 'GUARANTEE_VALIDITY_SHORT', field: 'input.validUntil' });
    expect((await call(PRESENT, { input: signed(keys, issuer, lotId, { amount: 99_999n }) }, 'supplier')).error).toMatchObject({ reason: 'GUARANTEE_AMOUNT_TOO_SMALL', field: 'input.amount' });
    expect((await call(PRESENT, { input: signed(keys, issuer, lotId, { amount: 0n }) }, 'supplier')).error).toMatchObject({ reason: 'DEPOSIT_AMOUNT_INVALID', field: 'input.amount' });
    expect(await guarantees()).toBe(before);
    expect(await gate(lotId)).toBe('DEPOSIT_REQUIRED');
  });

  it('operators register issuers with a valid key; the buyer claims with evidence', async () => {
    const REGISTER = `mutation ($input: RegisterGuaranteeIssuerInput!) { registerGuaranteeIssuer(input: $input) { id name algorithm } }`;
    const keys = issuerKeys('sm2');
    const registered = await call(REGISTER, { input: { name: `某银行${Date.now()}`, kind: 'BANK', algorithm: 'SM2', publicKey: keys.publicKey } }, 'operator');
    expect(registered.data).toMatchObject({ algorithm: 'SM2' });
    expect((await call(REGISTER, { input: { name: '坏钥匙银行', kind: 'BANK', algorithm: 'SM2', publicKey: '04abcd' } }, 'operator')).error).toMatchObject({ reason: 'GUARANTEE_ISSUER_KEY_INVALID', field: 'input.publicKey' });
    expect((await call(`{ guaranteeIssuers { id } }`, {}, 'supplier')).data).toEqual(expect.arrayContaining([{ id: (registered.data as { id: string }).id }]));

    const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ depositFen: 100_000n }] });
    const id = await insertGuarantee(people.tenant.id, (registered.data as { id: string }).id, lotId, people.organisations.supplier.id);
    const CLAIM = `mutation ($id: ID!, $e: [String!]!) { claimGuarantee(id: $id, reason: "中标人拒绝签订合同", evidence: $e) { state claimReason claimEvidence } }`;
    expect((await call(CLAIM, { id, e: [] }, 'purchaser')).error).toMatchObject({ reason: 'GUARANTEE_EVIDENCE_REQUIRED' });
    expect((await call(CLAIM, { id, e: ['中标通知书', '催告函及送达回证'] }, 'purchaser')).data).toEqual({ state: 'CLAIMED', claimReason: '中标人拒绝签订合同', claimEvidence: ['中标通知书', '催告函及送达回证'] });
    expect((await call(CLAIM, { id, e: ['再次'] }, 'purchaser')).error).toMatchObject({ reason: 'GUARANTEE_NOT_CLAIMABLE' });
  });
});
