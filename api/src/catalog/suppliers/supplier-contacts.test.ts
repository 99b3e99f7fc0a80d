import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, type PeopleFixture, type TestSession } from '../../../test/identity.js';
import { asOwner, createTenant } from '../../../test/tenants.js';

const DECLARE = `mutation ($input: SupplierContactsInputType!) { declareSupplierContacts(input: $input) { id legalRepresentative contactPhone } }`;
const ME = `{ me { organisation { legalRepresentative contactPhone } } }`;

describe('a supplier declares its principal and contact phone', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let supplier: TestSession;

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople(await createTenant());
    supplier = await login(api, people.tenant, people.users.supplier.loginName);
  });
  afterAll(() => api?.close());

  const declare = async (input: object) => (await api.gql(DECLARE, { variables: { input }, headers: headers(people.tenant, supplier.accessToken) })).body;
  const stored = () => asOwner(people.tenant.id, async (c) => (await c.query(`select legal_representative, contact_phone from organisation where id = $1`, [people.organisations.supplier.id])).rows);

  it('refuses a bad phone or name naming the field, writing nothing; stores the normalised contacts, audited, and shows them to the supplier', async () => {
    const bad = await declare({ legalRepresentative: '王五', contactPhone: '8765-4321' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ reason: 'CONTACT_PHONE_INVALID', field: 'input.contactPhone' });
    expect(bad.errors?.[0]?.message).toContain('区号');
    expect((await declare({ legalRepresentative: ' 王 ', contactPhone: '13800138000' })).errors?.[0]?.extensions).toMatchObject({ reason: 'LEGAL_REPRESENTATIVE_INVALID' });
    expect(await stored()).toEqual([{ legal_representative: null, contact_phone: null }]);

    const ok = await declare({ legalRepresentative: '王 五', contactPhone: '+86 138 0013 8000' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.declareSupplierContacts).toMatchObject({ legalRepresentative: '王五', contactPhone: '13800138000' });
    expect(await stored()).toEqual([{ legal_representative: '王五', contact_phone: '13800138000' }]);
    expect((await api.gql(ME, { headers: headers(people.tenant, supplier.accessToken) })).body.data.me.organisation).toEqual({ legalRepresentative: '王五', contactPhone: '13800138000' });
    const audit = await asOwner(people.tenant.id, async (c) => (await c.query(`select change from audit_entry where action = 'catalog.supplier.declare-contacts' and subject_id = $1`, [people.organisations.supplier.id])).rows);
    expect(audit).toEqual([{ change: { before: { legalRepresentative: null, contactPhone: null }, after: { legalRepresentative: '王五', contactPhone: '13800138000' } } }]);
  });
});
