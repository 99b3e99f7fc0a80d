import { createDecipheriv, createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { canonicalJson } from '../../platform/audit/canonical-json.js';
import { verifySm2 } from './sm2-verify.js';

/**
 * The platform's half of sealed bids (format `sm4-cbc+hmac-sm3/v1`, defined by the browser's
 * web-kit/src/tender/sealed-bid.ts): SM3 and SM4 from Node's crypto, SM2 signing from
 * sm-crypto-v2 and verification in `sm2-verify.ts` (Node's own SM2 signs without the standard
 * user ID, so it does not interoperate).
 */
export const SEAL_FORMAT = 'sm4-cbc+hmac-sm3/v1';
export const SM2_USER_ID = '1234567812345678';

const HEX64 = /^[0-9a-f]{64}$/;

export const sm3Hex = (data: Buffer | string): string => createHash('sm3').update(data).digest('hex');

export function isValidPublicKey(publicKey: string): boolean {
  try {
    return /^04[0-9a-f]{128}$/.test(publicKey) && sm2.verifyPublicKey(publicKey);
  } catch {
    return false;
  }
}

export const publicKeyFingerprint = (publicKey: string): string => sm3Hex(Buffer.from(publicKey, 'hex'));

export function verifyDigestSignature(digest: string, signature: string, publicKey: string): boolean {
  if (!HEX64.test(digest) || !/^[0-9a-f]{128}$/.test(signature)) return false;
  return verifySm2(Buffer.from(digest, 'hex'), signature, publicKey, SM2_USER_ID);
}

export const signDigest = (digest: string, privateKey: string): string =>
  sm2.doSignature(Buffer.from(digest, 'hex'), privateKey, { hash: true, userId: SM2_USER_ID });

/** The sealed parts the platform stores (all hex except the base64 ciphertext). */
export interface SealedParts {
  ciphertext: string;
  iv: string;
  mac: string;
  keyCheck: string;
  digest: string;
  signature: string;
}

export type OpenOutcome =
  | { ok: true; plaintext: string }
  | { ok: false; reason: 'wrong_key' | 'mac_mismatch' | 'undecryptable' | 'digest_mismatch' | 'signature_invalid' };

const equalHex = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));

/**
 * Opens a bid with the key its bidder released. `wrong_key`: the key is not the one sealed
 * (keyCheck), the bid stays sealed. Any other failure: the stored bid is not what was signed.
 */
export function openSealed(parts: SealedParts, keyHex: string, publicKey: string): OpenOutcome {
  if (!HEX64.test(keyHex) || !equalHex(sm3Hex(Buffer.from(keyHex, 'hex')), parts.keyCheck)) return { ok: false, reason: 'wrong_key' };
  const key = Buffer.from(keyHex, 'hex');
  const iv = Buffer.from(parts.iv, 'hex');
  const ciphertext = Buffer.from(parts.ciphertext, 'base64');
  const mac = createHmac('sm3', key.subarray(16)).update(iv).update(ciphertext).digest('hex');
  if (!equalHex(mac, parts.mac)) return { ok: false, reason: 'mac_mismatch' };
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('sm4-cbc', key.subarray(0, 16), iv);
    plain = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    return { ok: false, reason: 'undecryptable' };
  }
  if (!equalHex(sm3Hex(plain), parts.digest)) return { ok: false, reason: 'digest_mismatch' };
  if (!verifyDigestSignature(parts.digest, parts.signature, publicKey)) return { ok: false, reason: 'signature_invalid' };
  return { ok: true, plaintext: plain.toString('utf8') };
}

/** Stored in tender_bid.ciphertext: the format, IV, MAC and key check travel with the ciphertext. */
export function packCiphertext(p: Pick<SealedParts, 'ciphertext' | 'iv' | 'mac' | 'keyCheck'>): string {
  return [SEAL_FORMAT, p.iv, p.mac, p.keyCheck, p.ciphertext].join(':');
}

export function unpackCiphertext(stored: string): Pick<SealedParts, 'ciphertext' | 'iv' | 'mac' | 'keyCheck'> {
  const [format, iv, mac, keyCheck, ciphertext] = stored.split(':');
  if (format !== SEAL_FORMAT || !iv || !mac || !keyCheck || ciphertext === undefined) throw new Error('sealed bid has an unknown format');
  return { iv, mac, keyCheck, ciphertext };
}

/** The receipt (回执) the platform signs: canonical JSON of these fields, SM3, SM2. */
export interface BidReceipt {
  bidId: string;
  lotId: string;
  version: number;
  digest: string;
  serverTime: string;
  platformKeyFingerprint: string;
}

export const receiptDigest = (receipt: BidReceipt): string => sm3Hex(canonicalJson(receipt));
