import { normaliseMoneyInput } from '@zhengcai/web-kit';
import type { ApplyForFinancingInput, FinancingState, FinancingSubjectType } from '../graphql/generated/graphql';

/** The apply dialog as typed: the lender, the amount in yuan and the consent box. */
export interface ApplyForm {
  subjectType: FinancingSubjectType;
  subjectId: string;
  lenderId: string;
  amount: string;
  consent: boolean;
}

/** Message keys (under `financing.`) for fields refused before sending. */
export type ApplyProblems = Partial<Record<'lenderId' | 'amount' | 'consent', string>>;

/** "1234.50" → 123450n; money compared as fen, never as floats. */
const fen = (yuan: string) => {
  const [whole, frac = ''] = yuan.split('.');
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0').slice(0, 2));
};

/** Checks the form and builds the mutation's input; the API checks again and names the field it refuses. */
export function toApplyInput(form: ApplyForm, contractAmount: string): { input: ApplyForFinancingInput; problems?: undefined } | { input?: undefined; problems: ApplyProblems } {
  const problems: ApplyProblems = {};
  if (!form.lenderId) problems.lenderId = 'financing.chooseLender';
  const amount = normaliseMoneyInput(form.amount);
  if (!amount || amount === '0.00') problems.amount = 'financing.amountFormat';
  else if (fen(amount) > fen(contractAmount)) problems.amount = 'financing.amountAboveContract';
  if (form.consent !== true) problems.consent = 'financing.consentRequired';
  if (Object.keys(problems).length) return { problems };
  return { input: { subjectType: form.subjectType, subjectId: form.subjectId, lenderId: form.lenderId, amount: amount!, consent: true } };
}

/** Tag colours of the lender's statuses. */
export function financingTagType(state: FinancingState): 'info' | 'primary' | 'success' | 'danger' | 'warning' {
  switch (state) {
    case 'APPROVED': return 'success';
    case 'DISBURSED': return 'primary';
    case 'REJECTED': return 'danger';
    case 'REPAID': return 'info';
    default: return 'warning';
  }
}

/** What the supplier downloads: the package exactly as sent, with its signature and key id, as a JSON file. */
export function packageFile(a: { contractNo: string; package: string; packageSignature: string; platformKeyId: string }) {
  const text = JSON.stringify({ package: a.package, signature: a.packageSignature, signatureAlgorithm: 'SM2-SM3', userId: '1234567812345678', keyId: a.platformKeyId }, null, 2);
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { fileName: `financing-package-${a.contractNo.replace(/[^0-9A-Za-z-]/g, '_')}.json`, mimeType: 'application/json', contentBase64: btoa(binary) };
}
