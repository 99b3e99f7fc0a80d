import { createCipheriv, createHash, createHmac } from 'node:crypto';
import { sm2, sm3, sm4 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import * as browser from '../../../../web-kit/src/tender/sealed-bid.js';
import { openSealed, packCiphertext, publicKeyFingerprint, unpackCiphertext, verifyDigestSignature } from './bid-crypto.js';

const CONTENT: browser.BidContent = {
  priceForm: { totalPrice: '4321000.00', discountBp: 300, deliveryDays: 30, warrantyMonths: 36, sme: 'small' },
  documents: [{ name: '技术响应.txt', contentBase64: Buffer.from('技术方案 MARKER-7Q').toString('base64') }],
};

// GM/T 0003.5-2012 example on the recommended curve: key, message "message digest", ID 1234567812345678.
const VECTOR = {
  privateKey: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  publicKey: '0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
  signature: 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa',
};

/** An independent SM2 verifier (GB/T 32918.2) on bigints and Node's SM3, to check the library against. */
function referenceVerify(message: Buffer, signature: string, publicKey: string, userId = browser.SM2_USER_ID): boolean {
  const p = 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn;
  const a = p - 3n;
  const b = 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n;
  const n = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
  const G = [0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n, 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n] as const;
  const mod = (x: bigint, m = p) => ((x % m) + m) % m;
  const inv = (x: bigint) => { let [r0, r1, s0, s1] = [mod(x), p, 1n, 0n]; while (r1) { const q = r0 / r1; [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1]; } return mod(s0); };
  type Pt = readonly [bigint, bigint] | null;
  const add = (P: Pt, Q: Pt): Pt => {
    if (!P) return Q;
    if (!Q) return P;
    if (P[0] === Q[0] && mod(P[1] + Q[1]) === 0n) return null;
    const l = P[0] === Q[0] ? mod((3n * P[0] * P[0] + a) * inv(2n * P[1])) : mod((Q[1] - P[1]) * inv(Q[0] - P[0]));
    const x = mod(l * l - P[0] - Q[0]);
    return [x, mod(l * (P[0] - x) - P[1])];
  };
  const mul = (k: bigint, P: Pt): Pt => { let R: Pt = null; for (let Q = P; k > 0n; k >>= 1n, Q = add(Q, Q)) if (k & 1n) R = add(R, Q); return R; };
  const hex = (x: bigint) => x.toString(16).padStart(64, '0');
  const r = BigInt(`0x${signature.slice(0, 64)}`);
  const s = BigInt(`0x${signature.slice(64)}`);
  const Pk = [BigInt(`0x${publicKey.slice(2, 66)}`), BigInt(`0x${publicKey.slice(66)}`)] as const;
  const id = Buffer.from(userId);
  const z = createHash('sm3').update(Buffer.concat([Buffer.from([(id.length * 8) >> 8, (id.length * 8) & 255]), id, Buffer.from([a, b, ...G, ...Pk].map(hex).join(''), 'hex')])).digest();
  const e = BigInt(`0x${createHash('sm3').update(Buffer.concat([z, message])).digest('hex')}`);
  const t = mod(r + s, n);
  const X = add(mul(s, G), mul(t, Pk));
  return !!X && mod(e + X[0], n) === r;
}

describe('国密 known answers', () => {
  it('SM3("abc") is the GB/T 32905 value, in the library and in Node', () => {
    const expected = '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0';
    expect(sm3('abc')).toBe(expected);
    expect(browser.sm3Hex('abc')).toBe(expected);
    expect(createHash('sm3').update('abc').digest('hex')).toBe(expected);
  });

  it('SM4 encrypts the GB/T 32907 example, in the library and in Node', () => {
    const block = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const expected = '681edf34d206965e86b3e94f536e4246';
    expect(sm4.encrypt(block, block, { padding: 'none', output: 'string' })).toBe(expected);
    const cipher = createCipheriv('sm4-ecb', block, null).setAutoPadding(false);
    expect(Buffer.concat([cipher.update(block), cipher.final()]).toString('hex')).toBe(expected);
  });

  it('SM2: the GM/T 0003.5 signature verifies in the library and in an independent verifier; a changed message does not', () => {
    expect(sm2.getPublicKeyFromPrivateKey(VECTOR.privateKey)).toBe(VECTOR.publicKey);
    expect(sm2.doVerifySignature('message digest', VECTOR.signature, VECTOR.publicKey, { hash: true, userId: browser.SM2_USER_ID })).toBe(true);
    expect(referenceVerify(Buffer.from('message digest'), VECTOR.signature, VECTOR.publicKey)).toBe(true);
    expect(referenceVerify(Buffer.from('message digesT'), VECTOR.signature, VECTOR.publicKey)).toBe(false);
    expect(referenceVerify(Buffer.from('message digest'), VECTOR.signature, VECTOR.publicKey, '')).toBe(false);
  });

  it("SM2: the browser's digest signatures verify independently, and the server verifies them", () => {
    const keys = browser.generateSigningKeyPair();
    const digest = browser.bidDigest(CONTENT);
    const signature = browser.signDigest(digest, keys.privateKey);
    expect(referenceVerify(Buffer.from(digest, 'hex'), signature, keys.publicKey)).toBe(true);
    expect(verifyDigestSignature(digest, signature, keys.publicKey)).toBe(true);
    expect(verifyDigestSignature(digest, signature, browser.generateSigningKeyPair().publicKey)).toBe(false);
    expect(publicKeyFingerprint(keys.publicKey)).toBe(browser.sm3Hex(browser.fromHex(keys.publicKey)));
  });
});

describe('sealed bids: browser and server agree', () => {
  it('with a fixed key and IV the browser writes exactly what Node would (SM4-CBC, HMAC-SM3, SM3)', () => {
    const keys = browser.generateSigningKeyPair();
    const key = Buffer.from('00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0', 'hex');
    const iv = Buffer.from('f0e0d0c0b0a090807060504030201000', 'hex');
    const sealed = browser.sealBid(CONTENT, keys, { key, iv });
    const plaintext = Buffer.from(browser.canonicalJson(CONTENT));
    const cipher = createCipheriv('sm4-cbc', key.subarray(0, 16), iv);
    const nodeCiphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    expect(sealed.ciphertext).toBe(nodeCiphertext.toString('base64'));
    expect(sealed.mac).toBe(createHmac('sm3', key.subarray(16)).update(iv).update(nodeCiphertext).digest('hex'));
    expect(sealed.digest).toBe(createHash('sm3').update(plaintext).digest('hex'));
    expect(sealed.keyCheck).toBe(createHash('sm3').update(key).digest('hex'));
  });

  it('wraps the key to the bidder only, and the server opens what the browser sealed', () => {
    const keys = browser.generateSigningKeyPair();
    const sealed = browser.sealBid(CONTENT, keys);
    const key = browser.unwrapBidKey(sealed.wrappedKey, keys.privateKey);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(() => browser.unwrapBidKey(sealed.wrappedKey, browser.generateSigningKeyPair().privateKey)).toThrow();
    const stored = unpackCiphertext(packCiphertext(sealed));
    const opened = openSealed({ ...stored, digest: sealed.digest, signature: sealed.signature }, key, keys.publicKey);
    expect(opened.ok && JSON.parse(opened.plaintext)).toEqual(CONTENT);
    expect(browser.openSealedBid(sealed, key, keys.publicKey)).toMatchObject({ ok: true, content: CONTENT });
  });

  it('tells a wrong key from a tampered ciphertext, digest or signature', () => {
    const keys = browser.generateSigningKeyPair();
    const sealed = browser.sealBid(CONTENT, keys);
    const key = browser.unwrapBidKey(sealed.wrappedKey, keys.privateKey);
    const open = (changes: Partial<browser.SealedBid>, k = key) => openSealed({ ...sealed, ...changes }, k, keys.publicKey);
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[5] ^= 1;
    expect(open({}, 'ab'.repeat(32))).toEqual({ ok: false, reason: 'wrong_key' });
    expect(open({ ciphertext: bytes.toString('base64') })).toEqual({ ok: false, reason: 'mac_mismatch' });
    expect(open({ digest: browser.sm3Hex('something else') })).toEqual({ ok: false, reason: 'digest_mismatch' });
    const flipped = sealed.signature.slice(0, 127) + (sealed.signature.endsWith('0') ? '1' : '0');
    expect(open({ signature: flipped })).toEqual({ ok: false, reason: 'signature_invalid' });
    expect(browser.openSealedBid({ ...sealed, signature: flipped }, key, keys.publicKey)).toEqual({ ok: false, reason: 'signature_invalid' });
  });
});
