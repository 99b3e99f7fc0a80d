import { newId } from '@zhengcai/schema';
import { registerForLot } from './tender-notices.js';
import * as sealing from '../../web-kit/src/tender/sealed-bid.js';
import type { TestApi } from './app.js';
import { headers, login, type PeopleFixture } from './identity.js';
import { insertSupplier } from './tender.js';
import { asOwner } from './tenants.js';
import { packCiphertext } from '../src/tender/sealing/bid-crypto.js';

export { sealing };

export const SEALED_BID_FIELDS = 'id lotId version state submittedAt digest wrappedKey openedAt price stateReason receipt { bidId lotId version digest serverTime platformKeyFingerprint signature }';
export const REGISTER_KEY = `mutation ($k: String!) { registerSigningKey(publicKey: $k) { id publicKey fingerprint } }`;
export const SUBMIT_BID = `mutation ($input: SubmitBidInput!) { submitBid(input: $input) { ${SEALED_BID_FIELDS} } }`;

export interface Bidder {
  organisationId: string;
  userId: string;
  loginName: string;
  keys: sealing.KeyPair;
  headers: Record<string, string>;
}

/**
 * A supplier ready to bid on the lot: its own organisation and user, logged in, with an SM2
 * key pair made as the browser makes it and the public half registered. Whatever else a
 * supplier must do before bidding (registration for the project, the deposit) goes here.
 */
export async function prepareBidder(api: TestApi, people: PeopleFixture, lotId: string): Promise<Bidder> {
  const supplier = await insertSupplier(people.tenant.id, people.tenant.slug);
  await registerForLot(people.tenant.id, lotId, supplier.organisationId, supplier.userId);
  const session = await login(api, people.tenant, supplier.loginName);
  const keys = sealing.generateSigningKeyPair();
  const h = headers(people.tenant, session.accessToken);
  const { body } = await api.gql(REGISTER_KEY, { variables: { k: keys.publicKey }, headers: h });
  if (body.errors) throw new Error(`registerSigningKey refused: ${JSON.stringify(body.errors)}`);
  return { ...supplier, keys, headers: h };
}

export const bidContent = (totalPrice: string, marker = 'MARKER'): sealing.BidContent => ({
  priceForm: { totalPrice, discountBp: 250, deliveryDays: 45, warrantyMonths: 36, sme: 'small' },
  documents: [{ name: '技术响应文件.txt', contentBase64: Buffer.from(`技术方案正文 ${marker}`).toString('base64') }],
});

/** The submitBid input for a sealed bid, as the browser sends it. */
export function submitInput(lotId: string, sealed: sealing.SealedBid, idempotencyKey = newId()) {
  const { format: _format, ...parts } = sealed;
  return { lotId, ...parts, idempotencyKey };
}

/**
 * A sealed bid written straight into the database, as submitBid leaves it, for tests of a later
 * step (the opening) and of access rules. Returns the bid key its bidder would release.
 */
export async function insertSealedBid(tenantId: string, lotId: string, supplierId: string, submittedBy: string, content = bidContent('1000000.00')): Promise<{ bidId: string; key: string }> {
  const keys = sealing.generateSigningKeyPair();
  const sealed = sealing.sealBid(content, keys);
  const bidId = newId();
  const receipt = JSON.stringify({ receipt: { bidId, lotId, version: 1, digest: sealed.digest, serverTime: new Date().toISOString(), platformKeyFingerprint: '0'.repeat(64) }, signature: '0'.repeat(128) });
  await asOwner(tenantId, (c) => c.query(
    `insert into tender_bid (id, tenant_id, lot_id, supplier_id, submitted_by, version, state, submitted_at, ciphertext, wrapped_key, digest, signature, bidder_public_key, receipt)
     values ($1, $2, $3, $4, $5, 1, 'submitted', now() - interval '1 hour', $6, $7, $8, $9, $10, $11)`,
    [bidId, tenantId, lotId, supplierId, submittedBy, packCiphertext(sealed), sealed.wrappedKey, sealed.digest, sealed.signature, keys.publicKey, receipt],
  ));
  return { bidId, key: sealing.unwrapBidKey(sealed.wrappedKey, keys.privateKey) };
}

/** Gives a user an active signing key straight in the database; returns the key pair. */
export async function insertSigningKey(tenantId: string, organisationId: string, userId: string): Promise<sealing.KeyPair> {
  const keys = sealing.generateSigningKeyPair();
  await asOwner(tenantId, async (c) => {
    await c.query(`update signing_key set revoked_at = now() where user_id = $1 and revoked_at is null`, [userId]);
    await c.query(`insert into signing_key (id, tenant_id, organisation_id, user_id, public_key, fingerprint) values ($1, $2, $3, $4, $5, $6)`,
      [newId(), tenantId, organisationId, userId, keys.publicKey, sealing.sm3Hex(sealing.fromHex(keys.publicKey))]);
  });
  return keys;
}

export const bidState = (tenantId: string, bidId: string) =>
  asOwner(tenantId, async (c) => (await c.query<{ state: string }>(`select state from tender_bid where id = $1`, [bidId])).rows[0]?.state);
export const lotState = (tenantId: string, lotId: string) =>
  asOwner(tenantId, async (c) => (await c.query<{ state: string }>(`select state from tender_lot where id = $1`, [lotId])).rows[0]?.state);
export const bidCount = (tenantId: string, lotId: string) =>
  asOwner(tenantId, async (c) => (await c.query(`select 1 from tender_bid where lot_id = $1`, [lotId])).rowCount ?? 0);
