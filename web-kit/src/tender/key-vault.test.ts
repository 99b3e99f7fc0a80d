import { describe, expect, it } from 'vitest';
import { decryptKeyFile, deriveKey, encryptKeyPair, fingerprintOf, KeyVaultError, loadStoredKey, parseKeyFile, storeKey } from './key-vault';
import { generateSigningKeyPair, toHex } from './sealed-bid';

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
