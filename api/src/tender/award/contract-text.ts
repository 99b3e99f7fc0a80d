import { createHash } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import type { TenderContract } from '@zhengcai/schema';
import { canonicalJson } from '../../platform/audit/canonical-json.js';

/** The SM2 user ID every signer uses (GB/T 35276 default), so CA toolchains verify our signatures. */
export const SM2_USER_ID = '1234567812345678';

/** What a contract's canonical text is made of. */
export interface ContractTextFields {
  contractNo: string;
  projectNo: string;
  projectTitle: string;
  lotNo: number;
  lotTitle: string;
  lotScope: string;
  buyer: { name: string; uscc: string | null };
  supplier: { name: string; uscc: string | null };
  amountFen: bigint;
  paymentTerms: string;
  deliveryTerms: string;
}

/**
 * The canonical text of a contract: what both parties sign. Canonical JSON (sorted keys, no
 * whitespace) of the parties, the lot, the amount in fen and the terms; the same contract
 * always gives the same bytes, so its SM3 digest names it.
 */
export function canonicalContractText(f: ContractTextFields): string {
  return canonicalJson({
    contractNo: f.contractNo,
    project: { projectNo: f.projectNo, title: f.projectTitle },
    lot: { lotNo: f.lotNo, title: f.lotTitle, scope: f.lotScope },
    buyer: f.buyer,
    supplier: f.supplier,
    amountFen: f.amountFen,
    currency: 'CNY',
    paymentTerms: f.paymentTerms,
    deliveryTerms: f.deliveryTerms,
  });
}

export function contractCanonicalText(c: TenderContract): string {
  const project = c.lot.project;
  return canonicalContractText({
    contractNo: c.contractNo, projectNo: project.projectNo, projectTitle: project.title, lotNo: c.lot.lotNo, lotTitle: c.lot.title, lotScope: c.lot.scope,
    buyer: { name: c.buyer.name, uscc: c.buyer.uscc ?? null }, supplier: { name: c.supplier.name, uscc: c.supplier.uscc ?? null },
    amountFen: c.amountFen, paymentTerms: c.paymentTerms, deliveryTerms: c.deliveryTerms,
  });
}

/** SM3 of the canonical text, hex. */
export function contractDigest(c: TenderContract): string {
  return createHash('sm3').update(contractCanonicalText(c), 'utf8').digest('hex');
}

/**
 * Whether `signature` (r‖s, 128 hex digits) is the SM2 signature, with user ID
 * 1234567812345678, of the 32 digest bytes by the holder of `publicKey`.
 */
export function verifyDigestSignature(digestHex: string, signature: string, publicKey: string): boolean {
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return false;
  try {
    return sm2.doVerifySignature(Buffer.from(digestHex, 'hex'), signature.toLowerCase(), publicKey, { hash: true, userId: SM2_USER_ID });
  } catch {
    // A malformed public key or point is a signature that does not verify, never a server error.
    return false;
  }
}
