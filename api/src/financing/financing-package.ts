import { formatYuan } from '@zhengcai/schema';
import { canonicalJson } from '../platform/audit/canonical-json.js';
import type { FinanceableContract } from './financeable.js';

/** Package format version; a lender rejects versions it does not know. */
export const PACKAGE_FORMAT = 'zhengcai-financing/v1';

export interface PackageFacts {
  applicationId: string;
  tenantCode: string;
  lender: { name: string; uscc: string };
  amountRequestedFen: bigint;
  issuedAt: Date;
  consentAt: Date;
}

/**
 * The contract data package a lender receives (docs/financing.md): canonical JSON (sorted keys,
 * no whitespace, amounts as yuan strings with two decimals), signed as it is.
 */
export function buildPackage(c: FinanceableContract, f: PackageFacts): string {
  return canonicalJson({
    format: PACKAGE_FORMAT,
    applicationId: f.applicationId,
    province: f.tenantCode,
    issuedAt: f.issuedAt.toISOString(),
    consentAt: f.consentAt.toISOString(),
    lender: f.lender,
    amountRequested: formatYuan(f.amountRequestedFen),
    contract: {
      type: c.subjectType,
      id: c.subjectId,
      contractNo: c.contractNo,
      title: c.title,
      amount: formatYuan(c.amountFen),
      paymentTerms: c.paymentTerms,
      acceptanceStatus: c.acceptanceStatus,
      signedAt: c.signedAt.toISOString(),
    },
    parties: {
      buyer: { name: c.buyer.name, uscc: c.buyer.uscc },
      supplier: { name: c.supplier.name, uscc: c.supplier.uscc },
    },
  });
}
