import { sm2, sm3, sm4 } from 'sm-crypto-v2';

/**
 * Sealing a bid in the supplier's browser (国密), and the checks anyone can repeat on an
 * opened one. Framework-free and without Node's crypto, so the storefront and the API's tests
 * run the very same code; the API opens bids with Node's native SM3/SM4, which must agree with
 * this byte for byte (api/src/tender/sealing/bid-crypto.test.ts proves it).
 *
 * Format `sm4-cbc+hmac-sm3/v1`: a random 32-byte bid key; its first half is the SM4-CBC key,
 * its second half the HMAC-SM3 key over IV ‖ ciphertext (no SM4-GCM in Node). The bid key is
 * wrapped with SM2 (C1C3C2) to the bidder's own public key; `keyCheck` = SM3(bid key) lets the
 * platform tell a wrong released key from a tampered ciphertext. The digest is SM3 of the
 * canonical JSON of the content; the bidder signs the digest's 32 bytes with SM2 and the
 * standard user ID.
 */
export const SEAL_FORMAT = 'sm4-cbc+hmac-sm3/v1';
export const SM2_USER_ID = '1234567812345678';
const C1C3C2 = 1;

/** 中小企业声明: size class, or a unit treated as small/micro for the price deduction. */
export type SmeDeclaration = 'none' | 'medium' | 'small' | 'micro' | 'prison_enterprise' | 'disability_welfare_unit';

/** 开标一览表: what is read out at the opening. Amounts are yuan with two decimals, as strings. */
export interface PriceForm {
  totalPrice: string;
  /** Discount on the listed prices, basis points (500 = 5 %). */
  discountBp: number;
  deliveryDays: number;
  warrantyMonths: number;
  sme: SmeDeclaration;
}

export interface BidDocument {
  name: string;
  /** Base64 of the file. */
  contentBase64: string;
}

export interface BidContent {
  priceForm: PriceForm;
  documents: BidDocument[];
}

/** What the browser sends; the platform can read none of it. */
export interface SealedBid {
  format: typeof SEAL_FORMAT;
  /** Base64. */
  ciphertext: string;
  iv: string;
  mac: string;
  keyCheck: string;
  wrappedKey: string;
  digest: string;
  signature: string;
}

export interface KeyPair { publicKey: string; privateKey: string }

export function generateSigningKeyPair(): KeyPair {
  const { publicKey, privateKey } = sm2.generateKeyPairHex();
  return { publicKey, privateKey };
}

/** Uncompressed (`04` + x + y) and on the SM2 curve. */
export function isValidPublicKey(publicKey: string): boolean {
  return /^04[0-9a-f]{128}$/.test(publicKey) && sm2.verifyPublicKey(publicKey);
}

/** JSON with object keys sorted at every level: one text per content, so one digest. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
export const fromHex = (hex: string): Uint8Array => {
  if (!/^([0-9a-f]{2})*$/i.test(hex)) throw new Error('not hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (a: Uint8Array, b: Uint8Array) => { const out = new Uint8Array(a.length + b.length); out.set(a); out.set(b, a.length); return out; };
const randomBytes = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

export const sm3Hex = (data: Uint8Array | string): string => sm3(typeof data === 'string' ? utf8(data) : data);

/** SM3 of the canonical content: what the bidder signs and the audit chain records. */
export const bidDigest = (content: BidContent): string => sm3Hex(canonicalJson(content));

/** The bidder's SM2 signature (r ‖ s, hex) of a digest. */
export const signDigest = (digest: string, privateKey: string): string =>
  sm2.doSignature(fromHex(digest), privateKey, { hash: true, userId: SM2_USER_ID });

export const verifyDigestSignature = (digest: string, signature: string, publicKey: string): boolean => {
  try {
    return /^[0-9a-f]{128}$/.test(signature) && sm2.doVerifySignature(fromHex(digest), signature, publicKey, { hash: true, userId: SM2_USER_ID });
  } catch {
    return false;
  }
};

/** Seals with a fresh random key and IV; `key` fixes them only for known-answer tests. */
export function sealBid(content: BidContent, keys: KeyPair, fixed?: { key: Uint8Array; iv: Uint8Array }): SealedBid {
  const key = fixed?.key ?? randomBytes(32);
  const iv = fixed?.iv ?? randomBytes(16);
  const plaintext = utf8(canonicalJson(content));
  const ciphertext = sm4.encrypt(plaintext, key.subarray(0, 16), { mode: 'cbc', iv, padding: 'pkcs#7', output: 'array' });
  const digest = sm3Hex(plaintext);
  return {
    format: SEAL_FORMAT,
    ciphertext: toBase64(ciphertext),
    iv: toHex(iv),
    mac: macOf(key, iv, ciphertext),
    keyCheck: sm3Hex(key),
    wrappedKey: sm2.doEncrypt(key, keys.publicKey, C1C3C2),
    digest,
    signature: signDigest(digest, keys.privateKey),
  };
}

const macOf = (key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array) => sm3(concat(iv, ciphertext), { key: key.subarray(16, 32), mode: 'hmac' });

/** At the opening, in the bidder's browser: the bid key (hex) to release. */
export function unwrapBidKey(wrappedKey: string, privateKey: string): string {
  // The library answers a C3 mismatch (another private key) with an empty result, not an error.
  const key = sm2.doDecrypt(wrappedKey, privateKey, C1C3C2, { output: 'array' });
  if (key.length !== 32) throw new Error('this private key does not unwrap the bid key');
  return toHex(key);
}

export type OpenResult =
  | { ok: true; content: BidContent; plaintext: string }
  | { ok: false; reason: 'wrong_key' | 'mac_mismatch' | 'undecryptable' | 'digest_mismatch' | 'signature_invalid' };

/**
 * Opens a sealed bid with its released key and checks it; the API does the same with Node's
 * crypto. A wrong key leaves the bid sealed (the bidder may try again); the other failures
 * mean the stored bid is not what the bidder signed.
 */
export function openSealedBid(sealed: Omit<SealedBid, 'format' | 'wrappedKey'>, keyHex: string, publicKey: string): OpenResult {
  if (!/^[0-9a-f]{64}$/.test(keyHex) || sm3Hex(fromHex(keyHex)) !== sealed.keyCheck) return { ok: false, reason: 'wrong_key' };
  const key = fromHex(keyHex);
  const iv = fromHex(sealed.iv);
  const ciphertext = fromBase64(sealed.ciphertext);
  if (macOf(key, iv, ciphertext) !== sealed.mac) return { ok: false, reason: 'mac_mismatch' };
  let plaintext: string;
  try {
    plaintext = new TextDecoder('utf-8', { fatal: true }).decode(sm4.decrypt(ciphertext, key.subarray(0, 16), { mode: 'cbc', iv, padding: 'pkcs#7', output: 'array' }));
  } catch {
    return { ok: false, reason: 'undecryptable' };
  }
  if (sm3Hex(plaintext) !== sealed.digest) return { ok: false, reason: 'digest_mismatch' };
  if (!verifyDigestSignature(sealed.digest, sealed.signature, publicKey)) return { ok: false, reason: 'signature_invalid' };
  return { ok: true, content: JSON.parse(plaintext) as BidContent, plaintext };
}

/** The platform's receipt (回执) for a bid, as signed: canonical JSON of these fields. */
export interface BidReceipt {
  bidId: string;
  lotId: string;
  version: number;
  digest: string;
  serverTime: string;
  platformKeyFingerprint: string;
}

/** Anyone holding the platform's published key can check a receipt. */
export const verifyReceipt = (receipt: BidReceipt, signature: string, platformPublicKey: string): boolean =>
  verifyDigestSignature(sm3Hex(canonicalJson(receipt)), signature, platformPublicKey);
