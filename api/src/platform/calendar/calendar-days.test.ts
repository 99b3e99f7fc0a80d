import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { asOwner } from '../../../test/tenants.js';

const SET = `mutation ($input: CalendarDayInput!) { setCalendarDay(input: $input) { day kind name } }`;
const LIST = `query ($year: Int!) { calendarDays(year: $year) { day kind name } }`;

describe('tenant operators keep the working-day calendar', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let token: string;
  const as = () => ({ headers: headers(people.tenant, token) });

  beforeAll(async () => {
    people = await createPeople();
    api = await startApi();
    token = (await login(api, people.tenant, people.users.operator.loginName)).accessToken;
  });
  afterAll(() => api.close());

  it('adds holidays and make-up days, lists them by year in date order, and replaces a date\'s entry', async () => {
    await api.gql(SET, { variables: { input: { day: '2027-10-01', kind: 'HOLIDAY', name: '国庆节' } }, ...as() });
    await api.gql(SET, { variables: { input: { day: '2027-09-26', kind: 'WORKDAY', name: '国庆调休上班' } }, ...as() });
    const replaced = await api.gql(SET, { variables: { input: { day: '2027-10-01', kind: 'HOLIDAY', name: '国庆节、中秋节' } }, ...as() });
    expect(replaced.body.data!.setCalendarDay).toEqual({ day: '2027-10-01', kind: 'HOLIDAY', name: '国庆节、中秋节' });

    const { body } = await api.gql(LIST, { variables: { year: 2027 }, headers: headers(people.tenant) });
    expect(body.data!.calendarDays).toEqual([
      { day: '2027-09-26', kind: 'WORKDAY', name: '国庆调休上班' },
      { day: '2027-10-01', kind: 'HOLIDAY', name: '国庆节、中秋节' },
    ]);
    const other = await api.gql(LIST, { variables: { year: 2028 }, headers: headers(people.tenant) });
    expect(other.body.data!.calendarDays).toEqual([]);
  });

  it('refuses a make-up working day on a weekday, an impossible date and an empty name, naming the field', async () => {
    const weekday = await api.gql(SET, { variables: { input: { day: '2027-09-28', kind: 'WORKDAY', name: '调休' } }, ...as() });
    expect(weekday.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CALENDAR_WORKDAY_ON_WEEKDAY', field: 'kind' });
    const impossible = await api.gql(SET, { variables: { input: { day: '2027-02-30', kind: 'HOLIDAY', name: '假日' } }, ...as() });
    expect(impossible.body.errors?.[0].extensions).toMatchObject({ reason: 'CALENDAR_DATE_FORMAT', field: 'day' });
    const empty = await api.gql(SET, { variables: { input: { day: '2027-05-01', kind: 'HOLIDAY', name: '  ' } }, ...as() });
    expect(empty.body.errors?.[0].extensions).toMatchObject({ reason: 'CALENDAR_NAME_LENGTH', field: 'name' });
    const { body } = await api.gql(LIST, { variables: { year: 2027 }, headers: headers(people.tenant) });
    expect((body.data!.calendarDays as unknown[]).length).toBe(2);
  });

  it('removes a date\'s entry once, and audits every change', async () => {
    const remove = `mutation ($day: String!) { removeCalendarDay(day: $day) }`;
    expect((await api.gql(remove, { variables: { day: '2027-09-26' }, ...as() })).body.data).toEqual({ removeCalendarDay: true });
    expect((await api.gql(remove, { variables: { day: '2027-09-26' }, ...as() })).body.data).toEqual({ removeCalendarDay: false });
    const actions = await asOwner(people.tenant.id, async (c) =>
      (await c.query<{ action: string; subject_id: string }>(`select action, subject_id from audit_entry where action like 'calendar.%' order by seq`)).rows,
    );
    expect(actions).toEqual([
      { action: 'calendar.day.set', subject_id: '2027-10-01' },
      { action: 'calendar.day.set', subject_id: '2027-09-26' },
      { action: 'calendar.day.set', subject_id: '2027-10-01' },
      { action: 'calendar.day.remove', subject_id: '2027-09-26' },
    ]);
  });
});
