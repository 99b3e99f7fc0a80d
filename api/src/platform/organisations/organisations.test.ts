import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '@zhengcai/schema';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, type PeopleFixture, randomUscc, TEST_PASSWORD } from '../../../test/identity.js';
import { asOwner } from '../../../test/tenants.js';

const CREATE_ORG = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id kind name uscc active } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id loginName roles organisationId } }`;
const ORGS = `query ($kind: OrganisationKind, $first: Int, $after: String) {
  organisations(kind: $kind, first: $first, after: $after) { nodes { id kind name uscc } pageInfo { hasNextPage endCursor } }
}`;

describe('organisations and users in a tenant', () => {
  let api: TestApi;
  let zj: PeopleFixture;
  let cq: PeopleFixture;
  let zjOperator: string;
  let cqOperator: string;

  beforeAll(async () => {
    api = await startApi();
    [zj, cq] = await Promise.all([createPeople(), createPeople()]);
    [zjOperator, cqOperator] = (await Promise.all([login(api, zj.tenant, zj.users.operator.loginName), login(api, cq.tenant, cq.users.operator.loginName)])).map((s) => s.accessToken);
  });
  afterAll(() => api.close());

  const createOrg = (input: object, token = zjOperator, fixture = zj) =>
    api.gql(CREATE_ORG, { variables: { input }, headers: headers(fixture.tenant, token, { 'accept-language': 'en' }) });
  const createUser = (input: object) => api.gql(CREATE_USER, { variables: { input }, headers: headers(zj.tenant, zjOperator, { 'accept-language': 'en' }) });
  const failure = (r: Awaited<ReturnType<typeof createOrg>>) => ({ reason: r.body.errors?.[0]?.extensions?.reason, message: r.body.errors?.[0]?.message });

  it('registers a supplier with a valid USCC, normalised', async () => {
    const uscc = randomUscc();
    const r = await createOrg({ kind: 'SUPPLIER', name: '杭州测试科技有限公司', uscc: ` ${uscc.toLowerCase()} ` });
    expect(r.body.data?.createOrganisation).toMatchObject({ kind: 'SUPPLIER', name: '杭州测试科技有限公司', uscc, active: true });
  });

  it('names the failed check for each kind of bad USCC', async () => {
    const bad = async (uscc: string) => failure(await createOrg({ kind: 'PURCHASING_UNIT', name: '某采购单位', uscc }));
    expect(await bad('91350100M000100Y4')).toEqual({ reason: 'USCC_LENGTH', message: 'A unified social credit code has 18 characters; got 17.' });
    expect(await bad('91350100M00O100Y43')).toMatchObject({ reason: 'USCC_CHARACTER', message: expect.stringContaining('Character 12') });
    expect(await bad('91350100M000100Y44')).toMatchObject({ reason: 'USCC_CHECK_CHARACTER', message: expect.stringContaining('expected 3, got 4') });
    const orgCheckBroken = `91350100M000100Y5${usccCheckCharacter('91350100M000100Y5')}`;
    expect(await bad(orgCheckBroken)).toMatchObject({ reason: 'USCC_ORGANISATION_CODE', message: expect.stringContaining('should be 4, got 5') });
    expect(await bad('')).toMatchObject({ reason: 'USCC_REQUIRED' });
  });

  it('answers in Chinese by default', async () => {
    const r = await api.gql(CREATE_ORG, { variables: { input: { kind: 'SUPPLIER', name: '某供应商', uscc: '91350100M000100Y44' } }, headers: headers(zj.tenant, zjOperator) });
    expect(r.body.errors?.[0].message).toBe('统一社会信用代码校验码（第 18 位）不正确：应为 3，收到 4，请核对营业执照。');
  });

  it('keeps a USCC unique within a tenant, but lets the same supplier register in another tenant', async () => {
    const uscc = randomUscc();
    const first = await createOrg({ kind: 'SUPPLIER', name: '两省供应商有限公司', uscc });
    expect(first.body.errors).toBeUndefined();
    expect(failure(await createOrg({ kind: 'SUPPLIER', name: '同码另名公司', uscc }))).toMatchObject({ reason: 'USCC_TAKEN' });
    const elsewhere = await createOrg({ kind: 'SUPPLIER', name: '两省供应商有限公司', uscc }, cqOperator, cq);
    const a = first.body.data?.createOrganisation as { id: string };
    const b = elsewhere.body.data?.createOrganisation as { id: string; uscc: string };
    expect(b.uscc).toBe(uscc);
    expect(b.id).not.toBe(a.id);
    // Each registration is visible only in its own tenant.
    const inCq = await api.gql(ORGS, { variables: { kind: 'SUPPLIER', first: 100 }, headers: headers(cq.tenant, cqOperator) });
    const ids = (inCq.body.data?.organisations as { nodes: { id: string }[] }).nodes.map((n) => n.id);
    expect(ids).toContain(b.id);
    expect(ids).not.toContain(a.id);
  });

  it('lets agencies and finance departments go without a USCC, and refuses bad names', async () => {
    expect((await createOrg({ kind: 'AGENCY', name: '某招标代理有限公司' })).body.errors).toBeUndefined();
    expect(failure(await createOrg({ kind: 'AGENCY', name: '某' })).reason).toBe('NAME_LENGTH');
  });

  it('pages organisations with cursors and filters by kind', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r = await api.gql(ORGS, { variables: { first: 2, after }, headers: headers(zj.tenant, zjOperator) });
      const page = r.body.data?.organisations as { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining(Object.values(zj.organisations).map((o) => o.id)));
    const units = await api.gql(ORGS, { variables: { kind: 'PURCHASING_UNIT', first: 100 }, headers: headers(zj.tenant, zjOperator) });
    expect((units.body.data?.organisations as { nodes: { kind: string }[] }).nodes.every((n) => n.kind === 'PURCHASING_UNIT')).toBe(true);
  });

  it('creates a user who can log in, with roles fitting the organisation', async () => {
    const r = await createUser({ organisationId: zj.organisations.supplier.id, loginName: 'New.Seller@zj', displayName: '新销售', password: 'Seller2026x', roles: ['SUPPLIER'] });
    expect(r.body.data?.createUser).toMatchObject({ loginName: 'new.seller@zj', roles: ['SUPPLIER'], organisationId: zj.organisations.supplier.id });
    const s = await login(api, zj.tenant, 'NEW.SELLER@ZJ', 'Seller2026x');
    expect(s.accessToken).toBeTruthy();
    const again = await createUser({ organisationId: zj.organisations.supplier.id, loginName: 'new.seller@zj', displayName: '重名', password: 'Seller2026x', roles: ['SUPPLIER'] });
    expect(failure(again).reason).toBe('LOGIN_NAME_TAKEN');
  });

  it('refuses roles that do not fit, weak passwords, bad login names and unknown organisations', async () => {
    const base = { organisationId: zj.organisations.purchasing_unit.id, loginName: 'buyer-two', displayName: '采购员二', password: 'Buyer2026x', roles: ['PURCHASER'] };
    expect(failure(await createUser({ ...base, roles: ['SUPPLIER'] }))).toMatchObject({ reason: 'ROLE_NOT_ALLOWED', message: expect.stringContaining('supplier') });
    expect(failure(await createUser({ ...base, roles: [] })).reason).toBe('ROLES_REQUIRED');
    expect(failure(await createUser({ ...base, password: 'short1' })).reason).toBe('PASSWORD_TOO_WEAK');
    expect(failure(await createUser({ ...base, password: 'onlyletters' })).reason).toBe('PASSWORD_TOO_WEAK');
    expect(failure(await createUser({ ...base, loginName: 'a b' })).reason).toBe('LOGIN_NAME_FORMAT');
    expect(failure(await createUser({ ...base, organisationId: cq.organisations.purchasing_unit.id })).reason).toBe('ORGANISATION_NOT_FOUND');
    expect(failure(await createUser({ ...base, organisationId: 'not-a-uuid' })).reason).toBe('ORGANISATION_NOT_FOUND');
    expect((await createUser(base)).body.errors).toBeUndefined();
  });

  it('gives an expert a profile, and requires it', async () => {
    const base = { organisationId: zj.organisations.finance_department.id, loginName: 'expert-two', displayName: '专家二', password: 'Expert2026x', roles: ['EXPERT'] };
    expect(failure(await createUser(base)).reason).toBe('EXPERT_PROFILE_REQUIRED');
    const profile = { title: '高级工程师', employerName: '浙江大学', employerUscc: '12330000470003281H', categoryCodes: ['A02010104', 'bad'] };
    expect(failure(await createUser({ ...base, expertProfile: profile })).reason).toBe('CATEGORY_CODE_FORMAT');
    expect(failure(await createUser({ ...base, roles: ['FINANCE'], expertProfile: { ...profile, categoryCodes: ['A02010104'] } })).reason).toBe('EXPERT_PROFILE_UNEXPECTED');
    expect(failure(await createUser({ ...base, expertProfile: { ...profile, employerUscc: '12330000470003281N', categoryCodes: ['A02010104'] } })).reason).toBe('USCC_CHECK_CHARACTER');
    const ok = await createUser({ ...base, expertProfile: { ...profile, categoryCodes: ['A02010104', 'A02010105'] } });
    expect(ok.body.errors).toBeUndefined();
    const s = await login(api, zj.tenant, 'expert-two', 'Expert2026x');
    const me = await api.gql('{ me { roles expertProfile { title employerName employerUscc categoryCodes } } }', { headers: headers(zj.tenant, s.accessToken) });
    expect(me.body.data?.me).toEqual({ roles: ['EXPERT'], expertProfile: { title: '高级工程师', employerName: '浙江大学', employerUscc: '12330000470003281H', categoryCodes: ['A02010104', 'A02010105'] } });
  });

  it('shows other users only their own organisation', async () => {
    const s = await login(api, zj.tenant, zj.users.purchaser.loginName, TEST_PASSWORD);
    const q = `query ($id: ID!) { organisation(id: $id) { id } }`;
    const own = await api.gql(q, { variables: { id: zj.users.purchaser.organisationId }, headers: headers(zj.tenant, s.accessToken) });
    expect(own.body.data?.organisation).toEqual({ id: zj.users.purchaser.organisationId });
    const others = await api.gql(q, { variables: { id: zj.organisations.supplier.id }, headers: headers(zj.tenant, s.accessToken) });
    expect(others.body.errors?.[0].extensions?.reason).toBe('ORGANISATION_NOT_FOUND');
  });

  it('lets a buyer find suppliers to invite by part of the name or the start of the credit code, active ones of its own province only', async () => {
    const tag = `寻源${Date.now() % 1_000_000}`;
    const made: { id: string; name: string; uscc: string }[] = [];
    for (const name of [`${tag}甲科技有限公司`, `${tag}乙贸易有限公司`, `${tag}_百分%商行`]) {
      const r = await createOrg({ kind: 'SUPPLIER', name, uscc: randomUscc() });
      made.push(r.body.data!.createOrganisation as { id: string; name: string; uscc: string });
    }
    await createOrg({ kind: 'AGENCY', name: `${tag}代理机构`, uscc: randomUscc() });
    // The same name in another province stays there.
    await createOrg({ kind: 'SUPPLIER', name: `${tag}甲科技有限公司`, uscc: randomUscc() }, cqOperator, cq);
    await asOwner(zj.tenant.id, (c) => c.query('update organisation set active = false where id = $1', [made[1].id]));
    const buyer = (await login(api, zj.tenant, zj.users.purchaser.loginName)).accessToken;
    const find = async (search: string, token = buyer) => {
      const r = await api.gql(`query ($s: String!) { supplierDirectory(search: $s) { id name uscc } }`, { variables: { s: search }, headers: headers(zj.tenant, token) });
      return r.body;
    };
    // By name: not the inactive one, not the agency, not the other province's.
    const found = (await find(tag)).data!.supplierDirectory as unknown[];
    expect(found).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining([made[0], made[2]].map((o) => ({ id: o.id, name: o.name, uscc: o.uscc }))));
    expect((await find(made[0].uscc.slice(0, 12).toLowerCase())).data!.supplierDirectory).toContainEqual({ id: made[0].id, name: made[0].name, uscc: made[0].uscc });
    // % and _ are letters here, not wildcards.
    expect((await find(`${tag}_百分%`)).data!.supplierDirectory).toEqual([{ id: made[2].id, name: made[2].name, uscc: made[2].uscc }]);
    expect((await find(`${tag}%甲`)).data!.supplierDirectory).toEqual([]);
    const tooLong = await find('长'.repeat(51));
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SUPPLIER_SEARCH_TOO_LONG' });
    const supplier = (await login(api, zj.tenant, zj.users.supplier.loginName)).accessToken;
    expect((await find(tag, supplier)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
