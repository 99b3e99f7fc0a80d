import { randomInt } from 'node:crypto';
import { composeUscc, newId, OrganisationKind, Role } from '@zhengcai/schema';
import { PasswordHasher } from '../src/platform/identity/password-hasher.js';
import type { TestApi } from './app.js';
import { asOwner, createTenant, ownerClient, type TestTenant } from './tenants.js';

export const TEST_PASSWORD = 'Test2026pass';

/** One user per role, each in an organisation of the fitting kind. */
export const PEOPLE = {
  purchaser: { kind: OrganisationKind.PurchasingUnit, roles: [Role.Purchaser] },
  unitAdmin: { kind: OrganisationKind.PurchasingUnit, roles: [Role.UnitAdmin] },
  supplier: { kind: OrganisationKind.Supplier, roles: [Role.Supplier] },
  agency: { kind: OrganisationKind.Agency, roles: [Role.Agency] },
  finance: { kind: OrganisationKind.FinanceDepartment, roles: [Role.Finance] },
  operator: { kind: OrganisationKind.Operator, roles: [Role.TenantOperator] },
  expert: { kind: OrganisationKind.FinanceDepartment, roles: [Role.Expert] },
} as const;
export type PersonKey = keyof typeof PEOPLE;

export interface TestOrganisation { id: string; kind: OrganisationKind; name: string; uscc: string | null }
export interface TestUser { id: string; loginName: string; organisationId: string; roles: readonly Role[] }

export interface PeopleFixture {
  tenant: TestTenant;
  organisations: Record<OrganisationKind, TestOrganisation>;
  users: Record<PersonKey, TestUser>;
}

let hashOnce: Promise<string> | undefined;
/** One argon2 hash of TEST_PASSWORD, shared: hashing is deliberately slow. */
export function testPasswordHash(): Promise<string> {
  hashOnce ??= new PasswordHasher().hash(TEST_PASSWORD);
  return hashOnce;
}

export function randomUscc(): string {
  return composeUscc(`91${randomInt(110000, 660000)}`, String(randomInt(10_000_000, 99_999_999)));
}

/**
 * A tenant with an organisation of every kind and a user for every role, written straight
 * into the database as the owner (as the seed does), so tests start from known people.
 */
export async function createPeople(tenant?: TestTenant): Promise<PeopleFixture> {
  const t = tenant ?? (await createTenant());
  const hash = await testPasswordHash();
  const organisations = {} as Record<OrganisationKind, TestOrganisation>;
  const users = {} as Record<PersonKey, TestUser>;
  await asOwner(t.id, async (c) => {
    for (const kind of Object.values(OrganisationKind)) {
      const needsUscc = kind === OrganisationKind.PurchasingUnit || kind === OrganisationKind.Supplier;
      const org = { id: newId(), kind, name: `${t.name}-${kind}-${randomInt(1_000_000)}`, uscc: needsUscc ? randomUscc() : null };
      await c.query('insert into organisation (id, tenant_id, kind, name, uscc) values ($1, $2, $3, $4, $5)', [org.id, t.id, org.kind, org.name, org.uscc]);
      organisations[kind] = org;
    }
    for (const [key, person] of Object.entries(PEOPLE) as [PersonKey, (typeof PEOPLE)[PersonKey]][]) {
      const user = { id: newId(), loginName: `${key.toLowerCase()}-${t.slug}`, organisationId: organisations[person.kind].id, roles: person.roles };
      await c.query(
        'insert into user_account (id, tenant_id, organisation_id, login_name, display_name, password_hash, roles) values ($1, $2, $3, $4, $5, $6, $7::user_role[])',
        [user.id, t.id, user.organisationId, user.loginName, `测试${key}`, hash, user.roles],
      );
      if (key === 'expert') {
        await c.query(
          `insert into expert_profile (id, tenant_id, user_id, title, employer_name, category_codes) values ($1, $2, $3, '高级工程师', '某大学', '{A02010104}')`,
          [newId(), t.id, user.id],
        );
      }
      users[key] = user;
    }
  });
  return { tenant: t, organisations, users };
}

export interface TestSession { accessToken: string; refreshToken: string }

/** Headers naming the tenant, and the caller when a token is given. */
export function headers(tenant: TestTenant, accessToken?: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'x-tenant': tenant.code, ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}), ...extra };
}

export const LOGIN = `mutation ($loginName: String!, $password: String!) {
  login(loginName: $loginName, password: $password) { accessToken refreshToken accessTokenExpiresAt refreshTokenExpiresAt user { id roles organisationId } }
}`;

export async function login(api: TestApi, tenant: TestTenant, loginName: string, password = TEST_PASSWORD): Promise<TestSession> {
  const { body } = await api.gql(LOGIN, { variables: { loginName, password }, headers: headers(tenant) });
  const session = (body.data?.login ?? undefined) as TestSession | undefined;
  if (!session) throw new Error(`login of ${loginName} failed: ${JSON.stringify(body.errors)}`);
  return session;
}

/** Logs every person of a fixture in; returns their sessions by key. */
export async function loginAll(api: TestApi, people: PeopleFixture): Promise<Record<PersonKey, TestSession>> {
  const entries = await Promise.all(
    (Object.keys(people.users) as PersonKey[]).map(async (k) => [k, await login(api, people.tenant, people.users[k].loginName)] as const),
  );
  return Object.fromEntries(entries) as Record<PersonKey, TestSession>;
}

export interface TestOperator { id: string; loginName: string }

/** A platform operator, written inside a platform-scoped transaction. */
export async function createPlatformOperator(): Promise<TestOperator> {
  const op = { id: newId(), loginName: `op-${randomInt(1_000_000_000)}` };
  const c = await ownerClient();
  try {
    await c.query('begin');
    await c.query(`select set_config('app.scope', 'platform', true)`);
    await c.query('insert into platform_operator (id, login_name, display_name, password_hash) values ($1, $2, $3, $4)', [op.id, op.loginName, '平台运营', await testPasswordHash()]);
    await c.query('commit');
  } finally {
    await c.end();
  }
  return op;
}

export const OPERATOR_LOGIN = `mutation ($loginName: String!, $password: String!) { operatorLogin(loginName: $loginName, password: $password) { accessToken accessTokenExpiresAt } }`;

export async function operatorLogin(api: TestApi, loginName: string): Promise<string> {
  const { body } = await api.gql(OPERATOR_LOGIN, { variables: { loginName, password: TEST_PASSWORD } });
  const token = (body.data?.operatorLogin as { accessToken?: string } | undefined)?.accessToken;
  if (!token) throw new Error(`operator login failed: ${JSON.stringify(body.errors)}`);
  return token;
}

/** The code of the first error, or 'OK' when there was none. */
export function outcome(body: { errors?: { extensions?: { code?: string } }[] }): string {
  return body.errors?.[0]?.extensions?.code ?? 'OK';
}

