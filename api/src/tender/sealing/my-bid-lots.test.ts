import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { insertAwardedLot, insertOpenedBid, insertSupplier, insertTenderProject, type AwardedLot } from '../../../test/tender.js';
import { createTenant } from '../../../test/tenants.js';

const MY_BID_LOTS = `{ myBidLots { lotId lotNo lotTitle lotState projectId projectNo projectTitle won } }`;

describe('myBidLots: the lots behind a supplier\'s bids', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let awarded: AwardedLot;

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople(await createTenant());
    awarded = await insertAwardedLot(people);
  });
  afterAll(() => api?.close());

  const lotsOf = async (loginName: string) => {
    const session = await login(api, people.tenant, loginName);
    const { body } = await api.gql(MY_BID_LOTS, { headers: headers(people.tenant, session.accessToken) });
    expect(body.errors).toBeUndefined();
    return (body.data as { myBidLots: Record<string, unknown>[] }).myBidLots;
  };

  it('names the project of each lot, once per lot, and marks the lot the supplier won', async () => {
    // A second bid of the winner on another lot, in bidding.
    const other = await insertTenderProject(people);
    await insertOpenedBid(people.tenant.id, other.lotIds[0], people.organisations.supplier.id, people.users.supplier.id, 100_000n);
    const winnerLots = await lotsOf(people.users.supplier.loginName);
    expect(winnerLots).toHaveLength(2);
    expect(winnerLots).toContainEqual({
      lotId: awarded.lotId, lotNo: 1, lotTitle: '第1包', lotState: 'AWARDED', projectId: awarded.projectId, projectNo: expect.stringMatching(/^ZC-T/), projectTitle: '办公计算机采购项目', won: true,
    });
    expect(winnerLots.find((l) => l.lotId === other.lotIds[0])).toMatchObject({ projectId: other.projectId, lotState: 'BIDDING', won: false });

    const loser = await lotsOf(awarded.bids[1].loginName);
    expect(loser).toEqual([expect.objectContaining({ lotId: awarded.lotId, won: false })]);
  });

  it('shows nothing of other suppliers\' bids', async () => {
    const stranger = await insertSupplier(people.tenant.id, people.tenant.slug);
    expect(await lotsOf(stranger.loginName)).toEqual([]);
  });
});
