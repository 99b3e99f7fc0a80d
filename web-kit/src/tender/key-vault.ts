import { sm3, sm4 } from 'sm-crypto-v2';
import { pbkdf2HmacSm3 } from './pbkdf2-sm3';
import { fromBase64, fromHex, sm3Hex, toBase64, toHex, type KeyPair } from './sealed-bid';

/**
 * The bidder's SM2 private key at rest in the browser: encrypted under a passphrase only the
 * user knows, so neither the platform nor anyone reading localStorage can seal or open a bid.
 *
 * Key derivation: PBKDF2 with HMAC-SM3 (RFC 8018 construction, one 32-byte block), a random
 * 16-byte salt and many iterations; bytes 0–15 are the SM4-CBC key, 16–31 the HMAC-SM3 key over
 * IV ‖ ciphertext (encrypt-then-MAC, as the sealed bid), so a wrong passphrase is told from a
 * damaged file. The same object is the backup key file (JSON) and the stored entry.
 */
export const KEY_FILE_FORMAT = 'zhengcai-sm2-key/v1';
export const DEFAULT_ITERATIONS = 100_000;

export interface EncryptedKeyFile {
  format: typeof KEY_FILE_FORMAT;
  kdf: 'pbkdf2-hmac-sm3';
  iterations: number;
  /** Hex. */
  salt: string;
  iv: string;
  /** Base64 of the SM4-CBC ciphertext of the private key (hex text). */
  ciphertext: string;
  mac: string;
  publicKey: string;
  /** SM3 of the public key bytes: the fingerprint the platform shows (`mySigningKey`). */
  fingerprint: string;
}

export class KeyVaultError extends Error {
  constructor(readonly reason: 'wrong_passphrase' | 'bad_file') {
    super(reason);
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);
// The key goes as hex: the library checks `instanceof Uint8Array`, which TextEncoder's output can fail across realms (jsdom).
const hmac = (key: Uint8Array | string, data: Uint8Array): Uint8Array =>
  fromHex(sm3(Uint8Array.from(data), { key: typeof key === 'string' ? key : toHex(key), mode: 'hmac' }));

/** PBKDF2-HMAC-SM3, one block (32 bytes). */
export function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Uint8Array {
  return pbkdf2HmacSm3(utf8(passphrase), salt, iterations);
}

export const fingerprintOf = (publicKey: string): string => sm3Hex(fromHex(publicKey));

const macOf = (key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array) => toHex(hmac(key.subarray(16, 32), concat(iv, ciphertext)));
const concat = (a: Uint8Array, b: Uint8Array) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

export function encryptKeyPair(keys: KeyPair, passphrase: string, iterations = DEFAULT_ITERATIONS): EncryptedKeyFile {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(16));
  const key = deriveKey(passphrase, salt, iterations);
  const ciphertext = sm4.encrypt(utf8(keys.privateKey), key.subarray(0, 16), { mode: 'cbc', iv, padding: 'pkcs#7', output: 'array' });
  return {
    format: KEY_FILE_FORMAT,
    kdf: 'pbkdf2-hmac-sm3',
    iterations,
    salt: toHex(salt),
    iv: toHex(iv),
    ciphertext: toBase64(ciphertext),
    mac: macOf(key, iv, ciphertext),
    publicKey: keys.publicKey,
    fingerprint: fingerprintOf(keys.publicKey),
  };
}

/** The key pair, or KeyVaultError('wrong_passphrase' | 'bad_file'). */
export function decryptKeyFile(file: EncryptedKeyFile, passphrase: string): KeyPair {
  const key = deriveKey(passphrase, fromHex(file.salt), file.iterations);
  const iv = fromHex(file.iv);
  const ciphertext = fromBase64(file.ciphertext);
  if (macOf(key, iv, ciphertext) !== file.mac) throw new KeyVaultError('wrong_passphrase');
  let privateKey: string;
  try {
    privateKey = new TextDecoder('utf-8', { fatal: true }).decode(sm4.decrypt(ciphertext, key.subarray(0, 16), { mode: 'cbc', iv, padding: 'pkcs#7', output: 'array' }));
  } catch {
    throw new KeyVaultError('bad_file');
  }
  if (!/^[0-9a-f]{64}$/.test(privateKey)) throw new KeyVaultError('bad_file');
  return { publicKey: file.publicKey, privateKey };
}

/** Reads a backup key file's text; KeyVaultError('bad_file') when it is not one. */
export function parseKeyFile(text: string): EncryptedKeyFile {
  let value: Partial<EncryptedKeyFile>;
  try {
    value = JSON.parse(text) as Partial<EncryptedKeyFile>;
  } catch {
    throw new KeyVaultError('bad_file');
  }
  const hex = (s: unknown, n?: number) => typeof s === 'string' && /^([0-9a-f]{2})+$/.test(s) && (n == null || s.length === n);
  const ok = value && value.format === KEY_FILE_FORMAT && value.kdf === 'pbkdf2-hmac-sm3'
    && Number.isInteger(value.iterations) && (value.iterations ?? 0) >= 1 && (value.iterations ?? 0) <= 10_000_000
    && hex(value.salt, 32) && hex(value.iv, 32) && hex(value.mac, 64) && typeof value.ciphertext === 'string'
    && hex(value.publicKey, 130) && value.fingerprint === fingerprintOf(value.publicKey!);
  if (!ok) throw new KeyVaultError('bad_file');
  return value as EncryptedKeyFile;
}

/** localStorage, one entry per province and user: a colleague on the same computer has their own. */
export const keyStorageKey = (tenant: string, userId: string) => `zhengcai.signingKey:${tenant}:${userId}`;

export function loadStoredKey(tenant: string, userId: string, storage: Storage = localStorage): EncryptedKeyFile | null {
  const text = storage.getItem(keyStorageKey(tenant, userId));
  if (!text) return null;
  try {
    return parseKeyFile(text);
  } catch {
    return null;
  }
}

export function storeKey(tenant: string, userId: string, file: EncryptedKeyFile, storage: Storage = localStorage): void {
  storage.setItem(keyStorageKey(tenant, userId), JSON.stringify(file));
}
