import { createPublicKey, createVerify } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { formatYuan, GuaranteeSignatureAlgorithm } from '@zhengcai/schema';

/** The standard SM2 user ID (GB/T 35276), as CA toolchains use it. */
export const SM2_USER_ID = '1234567812345678';

export interface GuaranteeTerms {
  guaranteeNo: string;
  issuerName: string;
  beneficiary: string;
  /** The applicant's 统一社会信用代码. */
  applicantUscc: string;
  lotId: string;
  amountFen: bigint;
  validFrom: Date;
  validUntil: Date;
}

/** The text an issuer signs: one `key=value` a line, in this order, amounts in yuan, times in ISO-8601 UTC. */
export function guaranteeSignedText(t: GuaranteeTerms): string {
  return [
    `guaranteeNo=${t.guaranteeNo}`, `issuer=${t.issuerName}`, `beneficiary=${t.beneficiary}`, `applicant=${t.applicantUscc}`, `lot=${t.lotId}`,
    `amount=${formatYuan(t.amountFen)}`, `validFrom=${t.validFrom.toISOString()}`, `validUntil=${t.validUntil.toISOString()}`,
  ].join('\n');
}

export function isValidIssuerKey(algorithm: GuaranteeSignatureAlgorithm, key: string): boolean {
  if (algorithm === GuaranteeSignatureAlgorithm.Sm2) return /^04[0-9a-fA-F]{128}$/.test(key) && sm2.verifyPublicKey(key);
  try {
    return createPublicKey(key).asymmetricKeyType === 'rsa';
  } catch {
    return false;
  }
}

/** SM2 (SM3 digest with the user ID, signature hex r‖s) or RSA-SHA256 (signature base64). */
export function verifyGuaranteeSignature(algorithm: GuaranteeSignatureAlgorithm, publicKey: string, text: string, signature: string): boolean {
  try {
    if (algorithm === GuaranteeSignatureAlgorithm.Sm2) return sm2.doVerifySignature(text, signature, publicKey, { hash: true, userId: SM2_USER_ID });
    return createVerify('RSA-SHA256').update(text, 'utf8').verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}
