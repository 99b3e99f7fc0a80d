import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, type PeopleFixture, randomUscc, TEST_PASSWORD } from '../../../test/identity.js';
import { asOwner } from '../../../test/tenants.js';

const VERIFY = `{ auditChainVerification { ok checked firstBroken { seq entryId problem } } }`;

describe('audit trail of identity actions, verified through GraphQL', () => {
  let api: TestApi;
  let people: PeopleFixture;

  beforeAll(async () => {
    people = await createPeople();
    api = await startApi();
  });
  afterAll(() => api.close());

  it('chains an entry for each state change, with the acting user, and reports the chain intact', async () => {
    const operator = await login(api, people.tenant, people.users.operator.loginName);
    const name = `审计供应商${randomInt(1_000_000)}`;
    const created = await api.gql(`mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
      variables: { input: { kind: 'SUPPLIER', name, uscc: randomUscc() } },
      headers: headers(people.tenant, operator.accessToken),
    });
    const orgId = (created.body.data!.createOrganisation as { id: string }).id;
    await api.gql(`mutation ($t: String!) { logout(refreshToken: $t) }`, { variables: { t: operator.refreshToken }, headers: headers(people.tenant) });

    const entries = await asOwner(people.tenant.id, async (c) =>
      (await c.query<{ seq: string; action: string; subject_id: string; actor_user_id: string | null }>('select seq, action, subject_id, actor_user_id from audit_entry order by seq')).rows,
    );
    expect(entries.map((e) => e.action)).toEqual(['session.start', 'organisation.register', 'session.end']);
    expect(entries[0]).toMatchObject({ subject_id: people.users.operator.id, actor_user_id: people.users.operator.id });
    expect(entries[1]).toMatchObject({ subject_id: orgId, actor_user_id: people.users.operator.id });

    const finance = await login(api, people.tenant, people.users.finance.loginName, TEST_PASSWORD);
    const { body } = await api.gql(VERIFY, { headers: headers(people.tenant, finance.accessToken) });
    expect(body.data!.auditChainVerification).toEqual({ ok: true, checked: 4, firstBroken: null });
  });

  it('names the first broken link after an entry is altered in the database', async () => {
    const target = await asOwner(people.tenant.id, async (c) => {
      const { rows } = await c.query<{ id: string }>(`update audit_entry set action = 'organisation.delete' where seq = 2 returning id`);
      return rows[0].id;
    });
    const finance = await login(api, people.tenant, people.users.finance.loginName);
    const { body } = await api.gql(VERIFY, { headers: headers(people.tenant, finance.accessToken) });
    expect(body.data!.auditChainVerification).toEqual({ ok: false, checked: 1, firstBroken: { seq: 2, entryId: target, problem: 'ALTERED' } });
  });
});
