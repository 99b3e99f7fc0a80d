import { readFileSync } from 'node:fs';
import { insertSigningKey } from '../../../test/sealed-bids.js';
import Ajv from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, loginAll, type PeopleFixture, type PersonKey, type TestSession } from '../../../test/identity.js';
import { insertRecommendedLot, signDigest } from '../../../test/tender.js';
import { OCID_PREFIX } from './ocds-release.js';

const schemaFile = (name: string) => JSON.parse(readFileSync(new URL(`./schema/${name}`, import.meta.url), 'utf8')) as object;

/** The codes of one OCDS codelist (first CSV column). */
function codelist(name: string): Set<string> {
  const rows = readFileSync(new URL(`./schema/codelists/${name}.csv`, import.meta.url), 'utf8').trim().split('\n').slice(1);
  return new Set(rows.map((r) => r.split(',')[0]));
}

function validator() {
  // The package is CommonJS: its class is also its `default` export, which both module systems see.
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  // The formats the OCDS schema uses, checked as strictly as the standard's own tooling does.
  ajv.addFormat('date-time', (v: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)));
  ajv.addFormat('uri', (v: string) => /^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/.test(v));
  ajv.addSchema(schemaFile('release-schema.json'));
  return ajv.compile(schemaFile('release-package-schema.json'));
}

type Release = {
  ocid: string; id: string; date: string; tag: string[]; initiationType: string;
  parties: { id: string; roles: string[] }[];
  tender: { status: string; procurementMethod: string; mainProcurementCategory: string; awardCriteria: string; lots: { id: string; status: string }[]; value: { amount: number; currency: string } };
  awards: { id: string; status: string; value: { amount: number; currency: string }; suppliers: { id: string }[]; relatedLots: string[] }[];
  contracts: { id: string; awardID: string; status: string; value: { amount: number }; dateSigned: string }[];
};
type Package = { uri: string; version: string; publishedDate: string; releases: Release[] };

describe('OCDS 1.1 publication', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let sessions: Record<PersonKey, TestSession>;
  const validate = validator();

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople();
    sessions = await loginAll(api, people);
  });
  afterAll(() => api?.close());

  const gql = async (document: string, variables: object, who?: PersonKey) => {
    const { body } = await api.gql(document, { variables, headers: headers(people.tenant, who && sessions[who].accessToken) });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return Object.values(body.data!)[0] as Record<string, unknown> & string;
  };

  let keys: { buyer: { privateKey: string }; winner: { privateKey: string } } | undefined;
  /** A lot taken through award and contract over GraphQL. */
  async function contractedLot() {
    const lot = await insertRecommendedLot(people);
    keys ??= {
      buyer: await insertSigningKey(people.tenant.id, people.organisations.purchasing_unit.id, people.users.purchaser.id),
      winner: await insertSigningKey(people.tenant.id, people.organisations.supplier.id, people.users.supplier.id),
    };
    const { buyer: buyerKey, winner: winnerKey } = keys;
    await gql(`mutation ($lotId: ID!) { confirmTenderAward(input: { lotId: $lotId }) { id } }`, { lotId: lot.lotId }, 'purchaser');
    const contract = await gql(`query ($lotId: ID!) { tenderContract(lotId: $lotId) { id digest } }`, { lotId: lot.lotId }, 'purchaser') as unknown as { id: string; digest: string };
    const SIGN = `mutation ($id: ID!, $s: String!) { signTenderContract(id: $id, signature: $s) { state } }`;
    await gql(SIGN, { id: contract.id, s: signDigest(contract.digest, buyerKey.privateKey) }, 'purchaser');
    await gql(SIGN, { id: contract.id, s: signDigest(contract.digest, winnerKey.privateKey) }, 'supplier');
    return { ...lot, contractId: contract.id };
  }

  it('publishes a package per project that validates against the official schema and codelists, with a release per published step', async () => {
    const lot = await contractedLot();
    // Public: no login.
    const pkg = JSON.parse(await gql(`query ($id: ID!) { tenderOcdsPackage(projectId: $id) }`, { id: lot.projectId })) as Package;
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    expect(pkg.version).toBe('1.1');

    const ocid = `${OCID_PREFIX}-${people.tenant.code}-${lot.projectId}`;
    expect(pkg.releases.map((r) => [r.ocid, r.tag])).toEqual([[ocid, ['tender']], [ocid, ['award']], [ocid, ['contract']]]);
    expect(new Set(pkg.releases.map((r) => r.id)).size).toBe(3);
    const last = pkg.releases[2];
    expect(last.awards).toEqual([expect.objectContaining({ status: 'active', value: { amount: 4_900_000, currency: 'CNY' }, suppliers: [expect.objectContaining({ id: people.organisations.supplier.id })], relatedLots: [lot.lotId] })]);
    expect(last.contracts).toEqual([expect.objectContaining({ id: lot.contractId, awardID: last.awards[0].id, status: 'active', value: { amount: 4_900_000, currency: 'CNY' } })]);
    expect(last.tender.lots).toEqual([expect.objectContaining({ id: lot.lotId, status: 'complete' })]);
    expect(pkg.releases[0].awards).toEqual([]);
    const roles = Object.fromEntries(last.parties.map((p) => [p.id, p.roles]));
    expect(roles[people.organisations.purchasing_unit.id]).toEqual(['buyer']);
    expect(roles[people.organisations.supplier.id]).toEqual(['tenderer', 'supplier']);
    expect(roles[lot.bids[1].organisationId]).toEqual(['tenderer']);

    // Closed and open codelists the releases use.
    for (const r of pkg.releases) {
      for (const t of r.tag) expect(codelist('releaseTag')).toContain(t);
      expect(codelist('initiationType')).toContain(r.initiationType);
      for (const p of r.parties) for (const role of p.roles) expect(codelist('partyRole')).toContain(role);
      expect(codelist('tenderStatus')).toContain(r.tender.status);
      expect(codelist('method')).toContain(r.tender.procurementMethod);
      expect(codelist('procurementCategory')).toContain(r.tender.mainProcurementCategory);
      expect(codelist('awardCriteria')).toContain(r.tender.awardCriteria);
      expect(codelist('currency')).toContain(r.tender.value.currency);
      for (const l of r.tender.lots) expect(codelist('tenderStatus')).toContain(l.status);
      for (const a of r.awards) expect(codelist('awardStatus')).toContain(a.status);
      for (const c of r.contracts) expect(codelist('contractStatus')).toContain(c.status);
    }

    // The change feed: after the announcement, this project's award and contract releases.
    const since = pkg.releases[0].date;
    const feed = JSON.parse(await gql(`query ($since: String!) { tenderOcdsReleases(since: $since) }`, { since })) as Package;
    expect(validate(feed), JSON.stringify(validate.errors)).toBe(true);
    const mine = feed.releases.filter((r) => r.ocid === ocid).map((r) => r.tag[0]);
    expect(mine).toEqual(['award', 'contract']);
    const after = JSON.parse(await gql(`query ($since: String!) { tenderOcdsReleases(since: $since) }`, { since: last.date })) as Package;
    expect(after.releases.filter((r) => r.ocid === ocid)).toEqual([]);
  });

  it('refuses a draft project and a malformed time', async () => {
    const draft = (await insertRecommendedLot(people, { state: 'draft' })).projectId;
    const { body } = await api.gql(`query ($id: ID!) { tenderOcdsPackage(projectId: $id) }`, { variables: { id: draft }, headers: headers(people.tenant) });
    expect(body.errors?.[0].extensions?.reason).toBe('OCDS_PROJECT_NOT_FOUND');
    const bad = await api.gql(`{ tenderOcdsReleases(since: "yesterday") }`, { headers: headers(people.tenant) });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ reason: 'OCDS_SINCE_INVALID', field: 'since' });
  });

  it('serves the same package over plain HTTP per tenant, and nothing of another tenant', async () => {
    const lot = await contractedLot();
    const res = await fetch(`${api.url}/ocds/${people.tenant.code}/projects/${lot.projectId}`);
    expect(res.status).toBe(200);
    const pkg = (await res.json()) as Package;
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    expect(pkg.releases.map((r) => r.tag[0])).toEqual(['tender', 'award', 'contract']);
    const feed = await fetch(`${api.url}/ocds/${people.tenant.code}/releases?since=${encodeURIComponent(pkg.releases[0].date)}`);
    expect(((await feed.json()) as Package).releases.map((r) => r.id)).toEqual(expect.arrayContaining([pkg.releases[1].id, pkg.releases[2].id]));
    const other = await createPeople();
    const foreign = await fetch(`${api.url}/ocds/${other.tenant.code}/projects/${lot.projectId}`);
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(await foreign.json())).not.toContain(lot.projectId);
    expect((await fetch(`${api.url}/ocds/${people.tenant.code}/releases?since=soon`)).status).toBe(400);
  });
});
