import type { EntityManager } from '@mikro-orm/postgresql';
import { composeUscc, newId, OrganisationKind, Role } from '@zhengcai/schema';

/** The one password of every demo login; documented in README and printed by scripts/up. */
export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO_PLATFORM_OPERATOR = 'platform-admin';

/** A supplier registered in two provinces under one USCC: each registration is separate data. */
const SHARED_SUPPLIER = { name: '杭州云采科技有限公司', uscc: composeUscc('91330100', 'MA2H7K3C') };

interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  name: string;
  uscc: string;
  user: { suffix: string; displayName: string; roles: Role[] };
}

export interface DemoLogin {
  readonly tenantCode: string;
  readonly tenantSlug: string;
  readonly loginName: string;
  readonly roles: readonly Role[];
  readonly organisation: string;
}

/** Organisation codes per tenant: readable, and each with valid GB 32100 / GB 11714 checks. */
function organisationsOf(slug: string, region: string, province: string): DemoOrganisation[] {
  const code = (type: string, n: number) => composeUscc(`${type}${region}`, `MA${region.slice(0, 2)}${String(n).padStart(4, '0')}`);
  const secondSupplier: Record<string, string> = { zj: '浙江绿源办公用品有限公司', cq: '重庆山城电子设备有限公司', gx: '广西八桂农产品有限公司' };
  const finance = slug === 'cq' ? `${province}财政局` : `${province}财政厅`;
  const shared = slug === 'zj' || slug === 'cq';
  return [
    { key: 'unit', kind: OrganisationKind.PurchasingUnit, name: `${province}机关事务管理局`, uscc: code('11', 1), user: { suffix: 'buyer', displayName: '采购经办人', roles: [Role.Purchaser, Role.UnitAdmin] } },
    {
      key: 'supplier1',
      kind: OrganisationKind.Supplier,
      name: shared ? SHARED_SUPPLIER.name : `${province}示范科技有限公司`,
      uscc: shared ? SHARED_SUPPLIER.uscc : code('91', 2),
      user: { suffix: 'supplier1', displayName: '供应商销售', roles: [Role.Supplier] },
    },
    { key: 'supplier2', kind: OrganisationKind.Supplier, name: secondSupplier[slug] ?? `${province}第二供应商有限公司`, uscc: code('91', 3), user: { suffix: 'supplier2', displayName: '供应商销售', roles: [Role.Supplier] } },
    { key: 'agency', kind: OrganisationKind.Agency, name: `${province}公信招标代理有限公司`, uscc: code('91', 4), user: { suffix: 'agency', displayName: '代理机构项目经理', roles: [Role.Agency] } },
    { key: 'finance', kind: OrganisationKind.FinanceDepartment, name: finance, uscc: code('11', 5), user: { suffix: 'finance', displayName: '政府采购监管处', roles: [Role.Finance] } },
    { key: 'operator', kind: OrganisationKind.Operator, name: `${province}政府采购平台运营中心`, uscc: code('12', 6), user: { suffix: 'operator', displayName: '平台运营', roles: [Role.TenantOperator] } },
  ];
}

/** GB/T 2260 codes of each demo province's capital, for the demo organisations' USCCs. */
const CAPITAL_REGION: Record<string, string> = { zj: '330100', cq: '500103', gx: '450100' };

/** The USCC of a demo tenant's purchasing unit (login `<slug>-buyer`). */
export function demoUnitUscc(tenant: { slug: string; code: string; name: string }): string {
  return organisationsOf(tenant.slug, CAPITAL_REGION[tenant.slug] ?? tenant.code, tenant.name).find((o) => o.key === 'unit')!.uscc;
}

/** The demo buyer's unit and its `<slug>-buyer` login, or nothing before the people are seeded. */
export async function findDemoBuyer(em: EntityManager, tenant: { id: string; slug: string }, unitUscc: string): Promise<{ unitId: string; userId: string } | undefined> {
  const [row] = await em.execute<{ unit_id: string; user_id: string }[]>(
    `select o.id as unit_id, u.id as user_id from organisation o join user_account u on u.organisation_id = o.id and u.login_name = ?
     where o.tenant_id = ? and o.uscc = ?`,
    [`${tenant.slug}-buyer`, tenant.id, unitUscc],
  );
  return row ? { unitId: row.unit_id, userId: row.user_id } : undefined;
}

export function demoLogins(tenants: readonly { code: string; slug: string; name: string }[]): DemoLogin[] {
  return tenants.flatMap((t) => [
    ...organisationsOf(t.slug, CAPITAL_REGION[t.slug] ?? t.code, t.name).map((o) => ({
      tenantCode: t.code,
      tenantSlug: t.slug,
      loginName: `${t.slug}-${o.user.suffix}`,
      roles: o.user.roles,
      organisation: o.name,
    })),
    { tenantCode: t.code, tenantSlug: t.slug, loginName: `${t.slug}-expert`, roles: [Role.Expert], organisation: `${t.name}${t.slug === 'cq' ? '财政局' : '财政厅'}（专家库）` },
  ]);
}

/**
 * A purchasing unit, two suppliers, an agency, a finance department (with its evaluation
 * expert pool) and an operator, each with a login. Idempotent: rows that exist are left alone
 * (their passwords too). Runs inside the seed's transaction for this tenant.
 */
export async function seedDemoPeople(em: EntityManager, tenant: { id: string; slug: string; code: string; name: string }, passwordHash: string): Promise<number> {
  let created = 0;
  const userIds = new Map<string, string>();
  for (const o of organisationsOf(tenant.slug, CAPITAL_REGION[tenant.slug] ?? tenant.code, tenant.name)) {
    await em.execute(`insert into organisation (id, tenant_id, kind, name, uscc) values (?, ?, ?, ?, ?) on conflict (tenant_id, uscc) do nothing`, [newId(), tenant.id, o.kind, o.name, o.uscc]);
    const [{ id: orgId }] = await em.execute<{ id: string }[]>(`select id from organisation where tenant_id = ? and uscc = ?`, [tenant.id, o.uscc]);
    const users = [{ ...o.user, loginName: `${tenant.slug}-${o.user.suffix}` }];
    if (o.kind === OrganisationKind.FinanceDepartment) users.push({ suffix: 'expert', displayName: '评审专家', roles: [Role.Expert], loginName: `${tenant.slug}-expert` });
    for (const u of users) {
      const inserted = await em.execute<{ id: string }[]>(
        `insert into user_account (id, tenant_id, organisation_id, login_name, display_name, password_hash, roles) values (?, ?, ?, ?, ?, ?, ?::user_role[])
         on conflict (tenant_id, login_name) do nothing returning id`,
        [newId(), tenant.id, orgId, u.loginName, u.displayName, passwordHash, `{${u.roles.join(',')}}`],
      );
      created += inserted.length;
      const [{ id }] = await em.execute<{ id: string }[]>(`select id from user_account where tenant_id = ? and login_name = ?`, [tenant.id, u.loginName]);
      userIds.set(u.suffix, id);
    }
  }
  await em.execute(
    `insert into expert_profile (id, tenant_id, user_id, title, employer_name, category_codes) values (?, ?, ?, '高级工程师', ?, ?)
     on conflict (tenant_id, user_id) do nothing`,
    [newId(), tenant.id, userIds.get('expert'), `${tenant.name}信息中心`, '{A02010104,A02010105}'],
  );
  const [finance] = await em.execute<{ organisation_id: string }[]>(`select organisation_id from user_account where id = ?`, [userIds.get('expert')]);
  for (const [i, e] of DEMO_EXPERTS.entries()) {
    const loginName = `${tenant.slug}-expert${i + 1}`;
    const inserted = await em.execute<{ id: string }[]>(
      `insert into user_account (id, tenant_id, organisation_id, login_name, display_name, password_hash, roles) values (?, ?, ?, ?, ?, ?, '{expert}'::user_role[])
       on conflict (tenant_id, login_name) do nothing returning id`,
      [newId(), tenant.id, finance.organisation_id, loginName, e.name, passwordHash],
    );
    created += inserted.length;
    const [{ id }] = await em.execute<{ id: string }[]>(`select id from user_account where tenant_id = ? and login_name = ?`, [tenant.id, loginName]);
    await em.execute(
      `insert into expert_profile (id, tenant_id, user_id, title, employer_name, category_codes) values (?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, user_id) do nothing`,
      [newId(), tenant.id, id, e.title, `${tenant.name}${e.employer}`, `{${e.categories.join(',')}}`],
    );
  }
  return created;
}

/**
 * The rest of each demo tenant's expert pool (logins `<slug>-expert1` … `<slug>-expert7`, in
 * the finance department's 专家库): with `<slug>-expert`, eight experts covering office
 * equipment, enough for a panel of five (seven from ¥10 M) after avoidance.
 */
const DEMO_EXPERTS: readonly { name: string; title: string; employer: string; categories: string[] }[] = [
  { name: '王建国', title: '正高级工程师', employer: '大数据发展管理局', categories: ['A02'] },
  { name: '李晓梅', title: '高级工程师', employer: '电子信息产品监督检验院', categories: ['A0201', 'A0202'] },
  { name: '陈志强', title: '高级会计师', employer: '注册会计师协会', categories: ['A02', 'A06'] },
  { name: '刘芳', title: '教授', employer: '计算机学会', categories: ['A0201'] },
  { name: '赵立新', title: '高级工程师', employer: '电信规划设计院', categories: ['A020101', 'A020106'] },
  { name: '孙丽华', title: '律师', employer: '天平律师事务所', categories: ['A02', 'A06', 'A08'] },
  { name: '周明', title: '高级经济师', employer: '公共资源交易中心', categories: ['A02010104', 'A02010105', 'A0201060102'] },
];

/** The expert pool's further logins of a tenant (the pool's first expert is `<slug>-expert`). */
export function demoExpertLogins(slug: string): string[] {
  return DEMO_EXPERTS.map((_, i) => `${slug}-expert${i + 1}`);
}

/** The platform operator account, in a platform-scoped transaction. */
export async function seedPlatformOperator(em: EntityManager, passwordHash: string): Promise<void> {
  await em.execute(`select set_config('app.scope', 'platform', true)`);
  await em.execute(
    `insert into platform_operator (id, login_name, display_name, password_hash) values (?, ?, '平台管理员', ?) on conflict (login_name) do nothing`,
    [newId(), DEMO_PLATFORM_OPERATOR, passwordHash],
  );
}

/** The logins scripts/up prints. */
export function formatDemoLogins(tenants: readonly { code: string; slug: string; name: string }[]): string {
  const lines = demoLogins(tenants).map((l) => `  ${l.tenantSlug} (x-tenant: ${l.tenantCode})  ${l.loginName.padEnd(14)}  ${l.roles.join('+').padEnd(21)}  ${l.organisation}`);
  return [
    `demo logins (password ${DEMO_PASSWORD}; log in with the province's x-tenant header or host):`,
    ...lines,
    `  expert pool of each province: <slug>-expert and ${demoExpertLogins('<slug>')[0]} … ${demoExpertLogins('<slug>').at(-1)} (expert), e.g. ${demoExpertLogins('zj').join(', ')}`,
    `  platform operator (no tenant, operatorLogin)  ${DEMO_PLATFORM_OPERATOR}`,
  ].join('\n');
}
