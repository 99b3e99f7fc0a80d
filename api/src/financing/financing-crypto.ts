import { createHash } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';

/** The standard SM2 user ID (GB/T 35276), as banks' toolchains use it. */
export const SM2_USER_ID = '1234567812345678';

export function isSm2PublicKey(key: string): boolean {
  try {
    return /^04[0-9a-fA-F]{128}$/.test(key) && sm2.verifyPublicKey(key.toLowerCase());
  } catch {
    return false;
  }
}

/** SM3 of the public key's bytes, hex: how headers name a key. */
export const keyFingerprint = (publicKey: string): string => createHash('sm3').update(Buffer.from(publicKey, 'hex')).digest('hex');

/** SM2 with SM3 digest and the standard user ID over the UTF-8 text; hex r‖s. */
export const signText = (text: string, privateKey: string): string => sm2.doSignature(text, privateKey, { hash: true, userId: SM2_USER_ID });

export function verifyText(text: string, signature: string, publicKey: string): boolean {
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return false;
  try {
    return sm2.doVerifySignature(text, signature.toLowerCase(), publicKey.toLowerCase(), { hash: true, userId: SM2_USER_ID });
  } catch {
    return false;
  }
}
