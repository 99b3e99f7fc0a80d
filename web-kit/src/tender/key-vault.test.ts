import { describe, expect, it } from 'vitest';
import { decryptKeyFile, deriveKey, encryptKeyPair, fingerprintOf, KeyVaultError, loadStoredKey, parseKeyFile, storeKey } from './key-vault';
import { sm3 } from 'sm-crypto-v2';
import { fromHex, generateSigningKeyPair, toHex } from './sealed-bid';

describe('key vault', () => {
  it('derives a stable key that depends on passphrase, salt and iterations', () => {
    const salt = new Uint8Array(16).fill(7);
    const a = toHex(deriveKey('口令 secret', salt, 50));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(toHex(deriveKey('口令 secret', salt, 50))).toBe(a);
    expect(toHex(deriveKey('口令 secreT', salt, 50))).not.toBe(a);
    expect(toHex(deriveKey('口令 secret', new Uint8Array(16), 50))).not.toBe(a);
    expect(toHex(deriveKey('口令 secret', salt, 51))).not.toBe(a);
  });

  it('derives what PBKDF2 built from the library’s HMAC-SM3 derives (so stored key files still open)', () => {
    // RFC 8018's construction, one block, with sm-crypto's HMAC: the vault's derivation before
    // it compressed the pad blocks once, and the one every key file made so far was made with.
    const reference = (passphrase: string, salt: Uint8Array, iterations: number) => {
      const key = toHex(new TextEncoder().encode(passphrase));
      const hmac = (data: Uint8Array) => fromHex(sm3(Uint8Array.from(data), { key, mode: 'hmac' }));
      let u = hmac(Uint8Array.from([...salt, 0, 0, 0, 1]));
      const out = u.slice();
      for (let i = 1; i < iterations; i++) {
        u = hmac(u);
        out.forEach((_, j) => (out[j] ^= u[j]));
      }
      return toHex(out);
    };
    const cases: [string, Uint8Array, number][] = [
      ['口令 secret', new Uint8Array(16).fill(7), 1],
      ['口令 secret', new Uint8Array(16).fill(7), 2],
      ['correct horse battery staple', Uint8Array.from({ length: 16 }, (_, i) => i * 17), 1000],
      ['x', new Uint8Array(16), 3],
      // Longer than a block (64 bytes), and a salt that is not 16 bytes.
      ['投标口令'.repeat(8), Uint8Array.from({ length: 40 }, (_, i) => 255 - i), 50],
    ];
    for (const [passphrase, salt, iterations] of cases) expect(toHex(deriveKey(passphrase, salt, iterations))).toBe(reference(passphrase, salt, iterations));
  });

  it('round-trips a key pair and refuses a wrong passphrase', () => {
    const keys = generateSigningKeyPair();
    const file = encryptKeyPair(keys, 'correct horse', 20);
    expect(file.fingerprint).toBe(fingerprintOf(keys.publicKey));
    expect(JSON.stringify(file)).not.toContain(keys.privateKey);
    expect(decryptKeyFile(file, 'correct horse')).toEqual(keys);
    expect(() => decryptKeyFile(file, 'wrong')).toThrow(KeyVaultError);
    try {
      decryptKeyFile(file, 'wrong');
    } catch (e) {
      expect((e as KeyVaultError).reason).toBe('wrong_passphrase');
    }
  });

  it('parses its own file and rejects others', () => {
    const file = encryptKeyPair(generateSigningKeyPair(), 'pw', 5);
    expect(parseKeyFile(JSON.stringify(file))).toEqual(file);
    expect(() => parseKeyFile('not json')).toThrow(KeyVaultError);
    expect(() => parseKeyFile(JSON.stringify({ ...file, fingerprint: '00'.repeat(32) }))).toThrow(KeyVaultError);
    expect(() => parseKeyFile(JSON.stringify({ ...file, format: 'other' }))).toThrow(KeyVaultError);
  });

  it('stores per province and user', () => {
    const file = encryptKeyPair(generateSigningKeyPair(), 'pw', 5);
    storeKey('330000', 'u1', file);
    expect(loadStoredKey('330000', 'u1')).toEqual(file);
    expect(loadStoredKey('330000', 'u2')).toBeNull();
    expect(loadStoredKey('500000', 'u1')).toBeNull();
    localStorage.setItem('zhengcai.signingKey:330000:u3', '{broken');
    expect(loadStoredKey('330000', 'u3')).toBeNull();
  });
});
