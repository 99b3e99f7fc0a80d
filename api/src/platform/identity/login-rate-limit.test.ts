import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, LOGIN, type PeopleFixture, TEST_PASSWORD } from '../../../test/identity.js';

describe('rate limit on failed logins', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let crowd: PeopleFixture;
  let racers: PeopleFixture;

  beforeAll(async () => {
    // One trusted proxy hop: X-Forwarded-For stands in for distinct client addresses.
    api = await startApi({ TRUST_PROXY_HOPS: '1' });
    [people, crowd, racers] = await Promise.all([createPeople(), createPeople(), createPeople()]);
  });
  afterAll(() => api.close());

  const attempt = (fixture: PeopleFixture, loginName: string, password: string, ip: string) =>
    api.gql(LOGIN, { variables: { loginName, password }, headers: headers(fixture.tenant, undefined, { 'x-forwarded-for': ip, 'accept-language': 'en' }) });
  const reason = (r: Awaited<ReturnType<typeof attempt>>) => r.body.errors?.[0]?.extensions?.reason ?? 'OK';

  it('locks an account after 5 failures in the window, even against the right password, and says when to retry', async () => {
    const name = people.users.supplier.loginName;
    for (let i = 0; i < 5; i++) expect(reason(await attempt(people, name, `Wrong${i}pass`, `10.0.0.${i + 1}`))).toBe('INVALID_CREDENTIALS');
    const locked = await attempt(people, name, TEST_PASSWORD, '10.0.1.1');
    expect(locked.body.data).toBeNull();
    expect(locked.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'LOGIN_RATE_LIMITED' });
    const seconds = Number(/try again in (\d+) seconds \(after (\S+)\)/.exec(locked.body.errors![0].message)?.[1]);
    expect(seconds).toBeGreaterThan(800);
    expect(seconds).toBeLessThanOrEqual(900);
    // Login names compare case-insensitively, so the lock does too.
    expect(reason(await attempt(people, name.toUpperCase(), TEST_PASSWORD, '10.0.1.2'))).toBe('LOGIN_RATE_LIMITED');
    // Other accounts are not affected.
    expect(reason(await attempt(people, people.users.agency.loginName, TEST_PASSWORD, '10.0.1.3'))).toBe('OK');
  });

  it('clears the account count on a successful login', async () => {
    const name = people.users.finance.loginName;
    for (let i = 0; i < 4; i++) await attempt(people, name, 'Wrong1pass', '10.1.0.1');
    expect(reason(await attempt(people, name, TEST_PASSWORD, '10.1.0.1'))).toBe('OK');
    for (let i = 0; i < 4; i++) expect(reason(await attempt(people, name, 'Wrong1pass', '10.1.0.1'))).toBe('INVALID_CREDENTIALS');
    expect(reason(await attempt(people, name, TEST_PASSWORD, '10.1.0.1'))).toBe('OK');
  });

  it('blocks an IP after 20 failures across accounts, but not other IPs', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 20; i++) expect(reason(await attempt(crowd, `guess-${i}`, 'Wrong1pass', ip))).toBe('INVALID_CREDENTIALS');
    expect(reason(await attempt(crowd, crowd.users.purchaser.loginName, TEST_PASSWORD, ip))).toBe('LOGIN_RATE_LIMITED');
    expect(reason(await attempt(crowd, crowd.users.purchaser.loginName, TEST_PASSWORD, '192.0.2.78'))).toBe('OK');
  });

  it('lets no more than 5 concurrent guesses at one account through', async () => {
    const name = racers.users.expert.loginName;
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(racers, name, `Wrong${i}pass`, `10.2.0.${i + 1}`)));
    const reasons = results.map(reason);
    expect(reasons.filter((r) => r === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(reasons.filter((r) => r === 'LOGIN_RATE_LIMITED')).toHaveLength(7);
  });
});
