import { newId } from '@zhengcai/schema';
import { registerForLot } from '../../../test/tender-notices.js';
import { changeDigest } from '../../platform/audit/audit-hash.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, loginAll, type PeopleFixture, type PersonKey, type TestSession } from '../../../test/identity.js';
import { insertTenderProject } from '../../../test/tender.js';
import { asOwner } from '../../../test/tenants.js';
import { type Bidder, bidContent, prepareBidder, REGISTER_KEY, SEALED_BID_FIELDS, sealing, SUBMIT_BID, submitInput } from '../../../test/sealed-bids.js';

const MY_BIDS = `query ($lotId: ID) { myBids(lotId: $lotId) { ${SEALED_BID_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawBid(bidId: $id) { ${SEALED_BID_FIELDS} } }`;
const RELEASE = `mutation ($id: ID!, $key: String!) { releaseBidKey(bidId: $id, key: $key) { ${SEALED_BID_FIELDS} } }`;
const RECORD_FIELDS = 'lotId lotState failureReason decryptionEndsAt entries { bidId supplierName state price discountBp deliveryDays warrantyMonths sme overBudget reason }';
const RECORD = `query ($lotId: ID!) { openingRecord(lotId: $lotId) { ${RECORD_FIELDS} } }`;
const CONCLUDE = `mutation ($lotId: ID!) { concludeOpening(lotId: $lotId) { ${RECORD_FIELDS} } }`;
const RECEIPT_KEY = `{ platformReceiptKey { publicKey fingerprint } }`;

type Bid = { id: string; lotId: string; version: number; state: string; digest: string; wrappedKey: string; price: string | null; stateReason: string | null; receipt: sealing.BidReceipt & { signature: string } };
type Entry = { bidId: string; state: string; price: string | null; overBudget: boolean | null; reason: string | null; deliveryDays: number | null };
type OpeningRec = { lotState: string; failureReason: string | null; entries: Entry[] };

describe('sealed bids and the opening', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let sessions: Record<PersonKey, TestSession>;

  beforeAll(async () => {
    [api, people] = await Promise.all([startApi(), createPeople()]);
    sessions = await loginAll(api, people);
  });
  afterAll(async () => {
    await api?.close();
  });

  const gql = async <T>(document: string, variables: object, h: Record<string, string>) => {
    const { body } = await api.gql(document, { variables, headers: h });
    const data = body.data ? (Object.values(body.data)[0] as T) : undefined;
    return { data: data ?? undefined, error: body.errors?.[0]?.extensions };
  };
  const as = (who: PersonKey) => headers(people.tenant, sessions[who].accessToken);
  const submit = async (bidder: Bidder, lotId: string, content = bidContent('4321000.00'), key = newId()) => {
    const sealed = sealing.sealBid(content, bidder.keys);
    const r = await gql<Bid>(SUBMIT_BID, { input: submitInput(lotId, sealed, key) }, bidder.headers);
    if (!r.data) throw new Error(`submitBid refused: ${JSON.stringify(r.error)}`);
    return { bid: r.data, sealed };
  };
  const rows = (lotId: string) => asOwner(people.tenant.id, async (c) => (await c.query<{ id: string; state: string; version: number; text: string }>(
    `select id, state, version, row_to_json(b)::text as text from tender_bid b where lot_id = $1 order by created_at`, [lotId])).rows);
  const startOpening = (projectId: string, lotId: string, minutesAgo = 1) => asOwner(people.tenant.id, async (c) => {
    await c.query(`update tender_project set bid_deadline = now() - make_interval(mins => $2) where id = $1`, [projectId, minutesAgo]);
    await c.query(`update tender_lot set state = 'opening' where id = $1`, [lotId]);
  });
  const release = async (bidder: Bidder, bid: Bid, key = sealing.unwrapBidKey(bid.wrappedKey, bidder.keys.privateKey)) => gql<Bid>(RELEASE, { id: bid.id, key }, bidder.headers);

  it('seals: the platform stores no price or document text, signs a verifiable receipt, audits the digest; replays and replacements', async () => {
    const { lotIds: [lotId] } = await insertTenderProject(people);
    const [a, b] = [await prepareBidder(api, people, lotId), await prepareBidder(api, people, lotId)];
    const key = newId();
    const content = bidContent('4321987.65', 'SECRET-MARKER-93');
    const sealed = sealing.sealBid(content, a.keys);
    const first = await gql<Bid>(SUBMIT_BID, { input: submitInput(lotId, sealed, key) }, a.headers);
    expect(first.data).toMatchObject({ lotId, version: 1, state: 'SUBMITTED', digest: sealed.digest, price: null });
    // The same idempotency key again: the same bid, nothing new written.
    const again = await gql<Bid>(SUBMIT_BID, { input: submitInput(lotId, sealed, key) }, a.headers);
    expect(again.data?.id).toBe(first.data!.id);
    expect(await rows(lotId)).toHaveLength(1);

    const platform = (await gql<{ publicKey: string; fingerprint: string }>(RECEIPT_KEY, {}, headers(people.tenant))).data!;
    const { signature, ...receipt } = first.data!.receipt;
    expect(receipt).toMatchObject({ bidId: first.data!.id, lotId, version: 1, digest: sealed.digest, platformKeyFingerprint: platform.fingerprint });
    expect(sealing.verifyReceipt(receipt, signature, platform.publicKey)).toBe(true);
    expect(sealing.verifyReceipt({ ...receipt, serverTime: new Date().toISOString() }, signature, platform.publicKey)).toBe(false);

    // Read as the database owner: neither the price (in any spelling) nor the document's marker.
    const [row] = await rows(lotId);
    for (const needle of ['4321987.65', '432198765', '4321987', 'SECRET-MARKER-93', Buffer.from('SECRET-MARKER-93').toString('base64'), '技术方案']) expect(row.text).not.toContain(needle);
    // The chain commits to the change: the digest, the key and the receipt's server time reproduce it.
    const audit = await asOwner(people.tenant.id, async (c) => (await c.query<{ change_digest: string }>(`select change_digest from audit_entry where subject_id = $1 and action = 'tender.bid.submit'`, [first.data!.id])).rows);
    const change = { lotId, version: 1, digest: sealed.digest, signingKey: sealing.sm3Hex(sealing.fromHex(a.keys.publicKey)), receivedAt: receipt.serverTime, replaces: null };
    expect(audit.map((e) => e.change_digest)).toEqual([changeDigest(change)]);

    // No API gives one supplier another's bid; the public record names no bidder before the opening.
    expect((await gql<Bid[]>(MY_BIDS, { lotId }, b.headers)).data).toEqual([]);
    expect((await gql<OpeningRec>(RECORD, { lotId }, headers(people.tenant))).data).toMatchObject({ lotState: 'BIDDING', entries: [] });
    expect((await gql<Bid>(WITHDRAW, { id: first.data!.id }, b.headers)).error).toMatchObject({ reason: 'BID_NOT_FOUND' });

    const second = (await submit(a, lotId, bidContent('4000000.00'))).bid;
    expect(second.version).toBe(2);
    expect((await rows(lotId)).map((r) => r.state)).toEqual(['replaced', 'submitted']);
    const withdrawn = await gql<Bid>(WITHDRAW, { id: second.id }, a.headers);
    expect(withdrawn.data?.state).toBe('WITHDRAWN');
    const events = await asOwner(people.tenant.id, async (c) => (await c.query<{ payload: object }>(`select payload from outbox_event where type = 'tender.bid.withdrawn' and payload->>'lotId' = $1`, [lotId])).rows);
    expect(events.map((e) => e.payload)).toEqual([expect.objectContaining({ lotId, trigger: 'bid_withdrawn', supplierId: a.organisationId })]);
  });

  it('refuses a bid one second after the deadline, an unsigned and a mis-signed bid, writing nothing', async () => {
    const late = await insertTenderProject(people, { bidDeadline: new Date(Date.now() - 1_000) });
    const bidder = await prepareBidder(api, people, late.lotIds[0]);
    const sealed = sealing.sealBid(bidContent('100000.00'), bidder.keys);
    expect((await gql<Bid>(SUBMIT_BID, { input: submitInput(late.lotIds[0], sealed) }, bidder.headers)).error).toMatchObject({ code: 'CONFLICT', reason: 'BID_AFTER_DEADLINE' });
    expect(await rows(late.lotIds[0])).toEqual([]);

    const { lotIds: [lotId] } = await insertTenderProject(people);
    await registerForLot(people.tenant.id, lotId, bidder.organisationId, bidder.userId);
    const stranger = sealing.generateSigningKeyPair();
    const misSigned = sealing.sealBid(bidContent('100000.00'), stranger);
    const key = newId();
    expect((await gql<Bid>(SUBMIT_BID, { input: submitInput(lotId, misSigned, key) }, bidder.headers)).error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BID_SIGNATURE_INVALID', field: 'signature' });
    const unsignedSupplier = await prepareBidder(api, people, lotId);
    // No signature at all: refused by its format, naming the field.
    const { signature: _s, ...noSignature } = submitInput(lotId, sealing.sealBid(bidContent('100000.00'), unsignedSupplier.keys));
    expect((await gql<Bid>(SUBMIT_BID, { input: { ...noSignature, signature: '' } }, unsignedSupplier.headers)).error).toMatchObject({ reason: 'BID_SEALED_FORMAT', field: 'signature' });
    const fresh = await prepareBidder(api, people, lotId);
    await asOwner(people.tenant.id, (c) => c.query(`update signing_key set revoked_at = now() where user_id = $1`, [fresh.userId]));
    expect((await gql<Bid>(SUBMIT_BID, { input: submitInput(lotId, sealing.sealBid(bidContent('1.00'), fresh.keys)) }, fresh.headers)).error).toMatchObject({ reason: 'SIGNING_KEY_REQUIRED' });
    expect(await rows(lotId)).toEqual([]);
    // The refused request left its idempotency key unused: the correctly signed bid goes through with it.
    expect((await gql<Bid>(SUBMIT_BID, { input: submitInput(lotId, sealing.sealBid(bidContent('100000.00'), bidder.keys), key) }, bidder.headers)).data?.version).toBe(1);
    expect((await gql(REGISTER_KEY, { k: `04${'1'.repeat(128)}` }, bidder.headers)).error).toMatchObject({ reason: 'SIGNING_KEY_INVALID', field: 'publicKey' });
  });

  it('keeps one active signing key per user: a new one revokes the old, whose signatures no longer bid', async () => {
    const { lotIds: [lotId] } = await insertTenderProject(people);
    const bidder = await prepareBidder(api, people, lotId);
    const MINE = `{ mySigningKey { active { publicKey fingerprint } } }`;
    expect((await gql<{ active: { publicKey: string } }>(MINE, {}, bidder.headers)).data?.active.publicKey).toBe(bidder.keys.publicKey);
    const next = sealing.generateSigningKeyPair();
    expect((await gql(REGISTER_KEY, { k: next.publicKey.toUpperCase() }, bidder.headers)).data).toMatchObject({ publicKey: next.publicKey, fingerprint: sealing.sm3Hex(sealing.fromHex(next.publicKey)) });
    expect((await gql<{ active: { publicKey: string } }>(MINE, {}, bidder.headers)).data?.active.publicKey).toBe(next.publicKey);
    const keys = await asOwner(people.tenant.id, async (c) => (await c.query<{ revoked: boolean }>(`select revoked_at is not null as revoked from signing_key where user_id = $1 order by created_at`, [bidder.userId])).rows);
    expect(keys.map((k) => k.revoked)).toEqual([true, false]);
    expect((await gql(SUBMIT_BID, { input: submitInput(lotId, sealing.sealBid(bidContent('1.00'), bidder.keys)) }, bidder.headers)).error).toMatchObject({ reason: 'BID_SIGNATURE_INVALID' });
    expect((await gql<{ active: null }>(MINE, {}, as('purchaser'))).data).toEqual({ active: null });
  });

  it('opens live: watchers see the record build; tampering and wrong keys are caught; too few valid bids fail the lot', async () => {
    const { projectId, lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ budgetFen: 400_000_000n }] });
    const bidders = [];
    for (let i = 0; i < 4; i++) bidders.push(await prepareBidder(api, people, lotId));
    const [good, tampered, forged, forgetful] = bidders;
    const bids = [
      (await submit(good, lotId, bidContent('4100000.00'))).bid,
      (await submit(tampered, lotId, bidContent('3900000.00'))).bid,
      (await submit(forged, lotId, bidContent('3800000.00'))).bid,
      (await submit(forgetful, lotId, bidContent('3700000.00'))).bid,
    ];
    expect((await release(good, bids[0])).error).toMatchObject({ reason: 'BID_LOT_NOT_OPENING' });
    await startOpening(projectId, lotId);
    // Someone with database access changes one bid's ciphertext and another's signature.
    await asOwner(people.tenant.id, async (c) => {
      const { rows: [row] } = await c.query<{ ciphertext: string }>(`select ciphertext from tender_bid where id = $1`, [bids[1].id]);
      const parts = row.ciphertext.split(':');
      parts[4] = (parts[4][0] === 'A' ? 'B' : 'A') + parts[4].slice(1);
      await c.query(`update tender_bid set ciphertext = $2 where id = $1`, [bids[1].id, parts.join(':')]);
      await c.query(`update tender_bid set signature = $2 where id = $1`, [bids[2].id, sealing.signDigest(sealing.sm3Hex('another bid'), forged.keys.privateKey)]);
    });

    // A guest watches over graphql-ws.
    const seen: OpeningRec[] = [];
    const client = createClient({ url: `${api.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { 'x-tenant': people.tenant.code }, lazy: true });
    const first = new Promise<void>((resolve, reject) => {
      client.subscribe<{ openingRecordChanged: OpeningRec }>({ query: `subscription ($lotId: ID!) { openingRecordChanged(lotId: $lotId) { ${RECORD_FIELDS} } }`, variables: { lotId } }, {
        next: (m) => { if (m.data) seen.push(m.data.openingRecordChanged); else reject(new Error(JSON.stringify(m.errors))); resolve(); },
        error: reject,
        complete: () => undefined,
      });
    });
    try {
      await first;
      expect(seen[0].entries.map((e) => e.state)).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED']);
      expect(seen[0].entries.every((e) => e.price === null)).toBe(true);

      const opened = await release(good, bids[0]);
      expect(opened.data).toMatchObject({ state: 'OPENED', price: '4100000.00' });
      expect((await release(tampered, bids[1])).data).toMatchObject({ state: 'INVALID', stateReason: 'mac_mismatch' });
      expect((await release(forged, bids[2])).data).toMatchObject({ state: 'INVALID', stateReason: 'signature_invalid' });
      expect((await release(forgetful, bids[3], 'ab'.repeat(32))).error).toMatchObject({ reason: 'BID_KEY_MISMATCH', field: 'key' });
      // Another bidder cannot release someone else's bid.
      expect((await release(good, bids[3], 'ab'.repeat(32))).error).toMatchObject({ reason: 'BID_NOT_FOUND' });
      // Changes close together go out as one update: the last one seen carries them all.
      await expect.poll(() => seen.at(-1)!.entries.map((e) => e.state), { timeout: 5_000 }).toEqual(['OPENED', 'INVALID', 'INVALID', 'SUBMITTED']);
      expect(seen.length).toBeGreaterThanOrEqual(2);
      const goodEntry = seen.at(-1)!.entries.find((e) => e.bidId === bids[0].id)!;
      expect(goodEntry).toMatchObject({ state: 'OPENED', price: '4100000.00', overBudget: true, deliveryDays: 45 });
      expect(seen.at(-1)!.entries.find((e) => e.bidId === bids[1].id)).toMatchObject({ state: 'INVALID', reason: 'mac_mismatch', price: null });
      expect(seen.at(-1)!.entries.find((e) => e.bidId === bids[3].id)).toMatchObject({ state: 'SUBMITTED' });
    } finally {
      await client.dispose();
    }

    // One bid still sealed inside the window: not yet.
    expect((await gql<OpeningRec>(CONCLUDE, { lotId }, as('purchaser'))).error).toMatchObject({ reason: 'OPENING_DECRYPTION_PENDING' });
    expect((await gql<OpeningRec>(CONCLUDE, { lotId }, good.headers)).error).toMatchObject({ code: 'FORBIDDEN' });
    await startOpening(projectId, lotId, 31);
    const concluded = await gql<OpeningRec>(CONCLUDE, { lotId }, as('purchaser'));
    expect(concluded.data).toMatchObject({ lotState: 'FAILED', failureReason: expect.stringContaining('1 家') });
    expect(concluded.data!.entries.find((e) => e.bidId === bids[3].id)).toMatchObject({ state: 'NOT_DECRYPTED', reason: 'not_decrypted' });
    const failed = await asOwner(people.tenant.id, async (c) => (await c.query(`select 1 from outbox_event where type = 'tender.lot.failed' and payload->>'lotId' = $1`, [lotId])).rowCount);
    expect(failed).toBe(1);
    // Its only lot has ended: the project is complete.
    expect(await asOwner(people.tenant.id, async (c) => (await c.query('select state from tender_project where id = $1', [projectId])).rows[0].state)).toBe('completed');
  });

  it('concludes an opening with enough valid bids into evaluation as soon as every bid is decrypted', async () => {
    const { projectId, lotIds: [lotId] } = await insertTenderProject(people);
    const bidders = [await prepareBidder(api, people, lotId), await prepareBidder(api, people, lotId), await prepareBidder(api, people, lotId)];
    const bids = [];
    for (const [i, b] of bidders.entries()) bids.push((await submit(b, lotId, bidContent(`${4_000_000 + i}.00`))).bid);
    await startOpening(projectId, lotId);
    for (const [i, b] of bidders.entries()) expect((await release(b, bids[i])).data?.state).toBe('OPENED');
    expect((await release(bidders[0], bids[0])).error).toMatchObject({ reason: 'TENDER_BID_TRANSITION_NOT_ALLOWED' });
    const concluded = await gql<OpeningRec>(CONCLUDE, { lotId }, as('purchaser'));
    expect(concluded.data).toMatchObject({ lotState: 'EVALUATING' });
    expect(concluded.data!.entries.map((e) => e.price)).toEqual(['4000000.00', '4000001.00', '4000002.00']);
  });
});
