import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { verifySm2 } from './sm2-verify.js';

const USER_ID = '1234567812345678';
// GM/T 0003.5-2012 example: message "message digest", ID 1234567812345678.
const VECTOR = {
  publicKey: '0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
  signature: 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa',
};
const N = 'fffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123';

describe('SM2 verification', () => {
  it('accepts the GM/T 0003.5 example and refuses it with another message or user ID', () => {
    expect(verifySm2(Buffer.from('message digest'), VECTOR.signature, VECTOR.publicKey, USER_ID)).toBe(true);
    expect(verifySm2(Buffer.from('message digesT'), VECTOR.signature, VECTOR.publicKey, USER_ID)).toBe(false);
    expect(verifySm2(Buffer.from('message digest'), VECTOR.signature, VECTOR.publicKey, '')).toBe(false);
  });

  it('agrees with sm-crypto-v2 on fresh keys: its signatures verify, changed ones and other keys do not', () => {
    for (let i = 0; i < 20; i += 1) {
      const keys = sm2.generateKeyPairHex();
      const other = sm2.generateKeyPairHex();
      const message = Buffer.from(`报价 ${i} ${Math.random()}`);
      const signature = sm2.doSignature(message, keys.privateKey, { hash: true, userId: USER_ID });
      expect(verifySm2(message, signature, keys.publicKey, USER_ID)).toBe(true);
      expect(verifySm2(message, signature, other.publicKey, USER_ID)).toBe(false);
      const flipped = signature.slice(0, 127) + (signature[127] === '0' ? '1' : '0');
      expect(verifySm2(message, flipped, keys.publicKey, USER_ID)).toBe(false);
      expect(sm2.doVerifySignature(message, flipped, keys.publicKey, { hash: true, userId: USER_ID })).toBe(false);
    }
  });

  it('refuses malformed input without throwing: r or s out of range, a point off the curve, wrong lengths', () => {
    const [r, s] = [VECTOR.signature.slice(0, 64), VECTOR.signature.slice(64)];
    const message = Buffer.from('message digest');
    expect(verifySm2(message, '0'.repeat(64) + s, VECTOR.publicKey, USER_ID)).toBe(false);
    expect(verifySm2(message, r + N, VECTOR.publicKey, USER_ID)).toBe(false);
    expect(verifySm2(message, VECTOR.signature, `${VECTOR.publicKey.slice(0, 129)}${VECTOR.publicKey[129] === '3' ? '4' : '3'}`, USER_ID)).toBe(false);
    expect(verifySm2(message, VECTOR.signature.slice(2), VECTOR.publicKey, USER_ID)).toBe(false);
    expect(verifySm2(message, VECTOR.signature, VECTOR.publicKey.slice(2), USER_ID)).toBe(false);
  });
});
