import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { asOwner } from '../../../test/tenants.js';

const UPDATE = `mutation ($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) {
    name
    settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } deposits { interestRateBp maxShareOfBudgetBp } tender { bidMinCalendarDays } }
  }
}`;

describe('tenant operators edit their province\'s rules', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let token: string;
  const update = (input: object, lang = 'zh-CN') =>
    api.gql(UPDATE, { variables: { input }, headers: headers(people.tenant, token, { 'accept-language': lang }) });
  const auditActions = () =>
    asOwner(people.tenant.id, async (c) => (await c.query<{ action: string }>(`select action from audit_entry where action like 'tenant.%' order by seq`)).rows.map((r) => r.action));

  beforeAll(async () => {
    people = await createPeople();
    api = await startApi();
    token = (await login(api, people.tenant, people.users.operator.loginName)).accessToken;
  });
  afterAll(() => api.close());

  it('changes only the fields given, keeps the rest, and audits the change', async () => {
    const { body } = await update({ name: '测试省（改名）', purchaseRoutes: { directOrderMax: '30000.00' }, deposits: { interestRateBp: 40 } });
    expect(body.errors).toBeUndefined();
    expect(body.data!.updateTenantSettings).toEqual({
      name: '测试省（改名）',
      settings: {
        purchaseRoutes: { directOrderMax: '30000.00', mallSourcingMax: '1000000.00', publicTenderMin: '4000000.00' },
        deposits: { interestRateBp: 40, maxShareOfBudgetBp: 200 },
        tender: { bidMinCalendarDays: 20 },
      },
    });
    const second = await update({ tender: { bidMinCalendarDays: 25 } });
    expect(second.body.data!.updateTenantSettings).toMatchObject({ settings: { deposits: { interestRateBp: 40 }, tender: { bidMinCalendarDays: 25 } } });
    // The public view reads the same stored rules.
    const pub = await api.gql('{ tenant { name settings { purchaseRoutes { directOrderMax } } } }', { headers: headers(people.tenant) });
    expect(pub.body.data!.tenant).toEqual({ name: '测试省（改名）', settings: { purchaseRoutes: { directOrderMax: '30000.00' } } });
    expect(await auditActions()).toEqual(['tenant.settings.update', 'tenant.settings.update']);
  });

  it('refuses a rule looser than the law, naming the field and the legal range, and changes nothing', async () => {
    const zh = await update({ deposits: { maxShareOfBudgetBp: 300 }, tender: { bidMinCalendarDays: 30 } });
    expect(zh.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SETTING_OUT_OF_RANGE', field: 'deposits.maxShareOfBudgetBp' });
    expect(zh.body.errors?.[0].message).toBe('“投标保证金上限（占预算）”须在 0.00% 至 2.00% 之间（国家规定的范围，省级只能从严），收到 3.00%。');

    const en = await update({ tender: { bidMinCalendarDays: 10 } }, 'en');
    expect(en.body.errors?.[0].extensions).toMatchObject({ reason: 'SETTING_OUT_OF_RANGE', field: 'tender.bidMinCalendarDays' });
    expect(en.body.errors?.[0].message).toBe('"Bid period (days)" must be between 20 and 120 (the national range; a province may only be stricter); got 10.');

    const after = await api.gql('{ tenant { settings { tender { bidMinCalendarDays } deposits { maxShareOfBudgetBp } } } }', { headers: headers(people.tenant) });
    expect(after.body.data!.tenant).toEqual({ settings: { tender: { bidMinCalendarDays: 25 }, deposits: { maxShareOfBudgetBp: 200 } } });
    expect(await auditActions()).toHaveLength(2);
  });

  it('keeps the purchase-route ladder climbing', async () => {
    const { body } = await update({ purchaseRoutes: { mallSourcingMax: '20000.00' } });
    expect(body.errors?.[0].extensions).toMatchObject({ reason: 'SETTING_ORDER', field: 'purchaseRoutes.mallSourcingMax' });
    expect(body.errors?.[0].message).toBe('“商城询价/竞价上限”不能小于“直购上限”。');
  });

  it('refuses a zero or malformed amount and a name too short', async () => {
    const zero = await update({ purchaseRoutes: { directOrderMax: '0.00' } });
    expect(zero.body.errors?.[0].extensions).toMatchObject({ reason: 'SETTING_OUT_OF_RANGE', field: 'purchaseRoutes.directOrderMax' });
    const malformed = await update({ purchaseRoutes: { directOrderMax: '100.001' } });
    expect(malformed.body.errors?.[0].extensions?.reason).toBe('MONEY_FORMAT');
    const name = await update({ name: ' 省 ' });
    expect(name.body.errors?.[0].extensions).toMatchObject({ reason: 'NAME_LENGTH', field: 'name' });
  });

  it('sets the mall fulfilment deadlines in working days, within their range', async () => {
    const MALL = `mutation ($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { settings { mall { confirmWorkingDays shipWorkingDays acceptWorkingDays } } } }`;
    const ok = await api.gql(MALL, { variables: { input: { mall: { confirmWorkingDays: 1 } } }, headers: headers(people.tenant, token) });
    expect(ok.body.data!.updateTenantSettings).toEqual({ settings: { mall: { confirmWorkingDays: 1, shipWorkingDays: 5, acceptWorkingDays: 7 } } });
    const bad = await update({ mall: { acceptWorkingDays: 0 } });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ reason: 'SETTING_OUT_OF_RANGE', field: 'mall.acceptWorkingDays' });
    expect(bad.body.errors?.[0].message).toContain('履约验收期限（工作日）');
  });
});
