import { normaliseMoneyInput, zonedToInstant } from '@zhengcai/web-kit';
import type { DepositState, PresentGuaranteeInput } from '../graphql/generated/graphql';

/** The guarantee form as typed: amount in yuan, validity as wall-clock times of the province (or the issuer's exact ISO times). */
export interface GuaranteeForm {
  issuerId: string;
  guaranteeNo: string;
  lotId: string;
  beneficiary: string;
  amount: string;
  validFrom: string;
  validUntil: string;
  signature: string;
}

export const emptyGuaranteeForm = (lotId = ''): GuaranteeForm => ({ issuerId: '', guaranteeNo: '', lotId, beneficiary: '', amount: '', validFrom: '', validUntil: '', signature: '' });

/** Message keys (under `deposits.`) for fields refused before sending. */
export type GuaranteeProblems = Partial<Record<keyof GuaranteeForm, string>>;

/** Checks what can be checked here and builds `PresentGuaranteeInput`; the API verifies the signature, amount and validity. */
export function toGuaranteeInput(form: GuaranteeForm, timeZone: string): { input: PresentGuaranteeInput; problems?: undefined } | { input?: undefined; problems: GuaranteeProblems } {
  const problems: GuaranteeProblems = {};
  if (!form.issuerId) problems.issuerId = 'deposits.required';
  if (!form.guaranteeNo.trim()) problems.guaranteeNo = 'deposits.required';
  if (!form.lotId.trim()) problems.lotId = 'deposits.required';
  if (!form.beneficiary.trim()) problems.beneficiary = 'deposits.required';
  const amount = normaliseMoneyInput(form.amount);
  if (!amount || amount === '0.00') problems.amount = 'deposits.amountFormat';
  const validFrom = zonedToInstant(form.validFrom, timeZone);
  if (!validFrom) problems.validFrom = 'deposits.timeFormat';
  const validUntil = zonedToInstant(form.validUntil, timeZone);
  if (!validUntil) problems.validUntil = 'deposits.timeFormat';
  else if (validFrom && validUntil <= validFrom) problems.validUntil = 'deposits.untilBeforeFrom';
  const signature = form.signature.trim();
  if (!signature) problems.signature = 'deposits.required';
  if (Object.keys(problems).length) return { problems };
  return {
    input: {
      issuerId: form.issuerId, guaranteeNo: form.guaranteeNo.trim(), lotId: form.lotId.trim(), beneficiary: form.beneficiary.trim(),
      amount: amount!, validFrom: validFrom!, validUntil: validUntil!, signature,
    },
  };
}

/**
 * An issuer's guarantee file: the signed terms, one `key=value` a line (guaranteeNo, issuer,
 * beneficiary, applicant, lot, amount, validFrom, validUntil) and a `signature=` line. Fills
 * the form with exactly what was signed; the issuer is matched by its registered name.
 */
export function parseGuaranteeFile(text: string, issuers: readonly { id: string; name: string }[]): { form: Partial<GuaranteeForm>; issuerName?: string } {
  const fields = new Map<string, string>();
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const at = line.indexOf('=');
    if (at > 0) fields.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  const form: Partial<GuaranteeForm> = {};
  const set = (key: keyof GuaranteeForm, from: string) => {
    const v = fields.get(from);
    if (v) form[key] = v;
  };
  set('guaranteeNo', 'guaranteeNo');
  set('beneficiary', 'beneficiary');
  set('lotId', 'lot');
  set('amount', 'amount');
  set('validFrom', 'validFrom');
  set('validUntil', 'validUntil');
  set('signature', 'signature');
  const issuerName = fields.get('issuer');
  const issuer = issuerName ? issuers.find((i) => i.name === issuerName) : undefined;
  if (issuer) form.issuerId = issuer.id;
  return { form, issuerName };
}

/** What the supplier can do with a deposit in its state (the API's state machine stays the authority). */
export function depositActions(state: DepositState): ('pay' | 'challenge')[] {
  if (state === 'DUE') return ['pay'];
  if (state === 'FORFEITED') return ['challenge'];
  return [];
}

/** The state tag's colour. */
export function depositTagType(state: string): 'success' | 'warning' | 'info' | 'danger' | 'primary' {
  return ({ DUE: 'warning', HELD: 'primary', REFUNDED: 'success', FORFEITED: 'danger', CHALLENGED: 'warning' } as const)[state as 'DUE'] ?? 'info';
}
