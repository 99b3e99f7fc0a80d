import type { LenderInput } from '../graphql/generated/graphql';

/** The lender form as typed. */
export type LenderForm = LenderInput;

export const blankLender = (): LenderForm => ({
  name: '', uscc: '', webhookUrl: '', publicKey: '', repaymentBankName: '', repaymentAccountName: '', repaymentAccountNo: '',
});

/** Message keys (under `lenders.`) of fields refused before sending; the API checks the USCC checksum and the key's curve point. */
export type LenderProblems = Partial<Record<keyof LenderForm, string>>;

const SM2_KEY = /^04[0-9a-f]{128}$/;

export function toLenderInput(form: LenderForm): { input: LenderInput; problems?: undefined } | { input?: undefined; problems: LenderProblems } {
  const problems: LenderProblems = {};
  const input: LenderInput = {
    name: form.name.trim(),
    uscc: form.uscc.trim().toUpperCase(),
    webhookUrl: form.webhookUrl.trim(),
    // Keys arrive pasted from PEM-less tools: whitespace and case do not matter.
    publicKey: form.publicKey.replace(/\s+/g, '').toLowerCase(),
    repaymentBankName: form.repaymentBankName.trim(),
    repaymentAccountName: form.repaymentAccountName.trim(),
    repaymentAccountNo: form.repaymentAccountNo.replace(/\s+/g, ''),
  };
  for (const f of ['name', 'repaymentBankName', 'repaymentAccountName'] as const) if (input[f].length < 2) problems[f] = 'lenders.required';
  if (input.uscc.length !== 18) problems.uscc = 'lenders.usccLength';
  if (!/^https?:\/\/\S+$/.test(input.webhookUrl)) problems.webhookUrl = 'lenders.urlFormat';
  if (!SM2_KEY.test(input.publicKey)) problems.publicKey = 'lenders.keyFormat';
  if (!/^[0-9]{8,32}$/.test(input.repaymentAccountNo)) problems.repaymentAccountNo = 'lenders.accountFormat';
  return Object.keys(problems).length ? { problems } : { input };
}

/** The form filled from a lender, for editing. */
export const lenderToForm = (l: LenderForm & Record<string, unknown>): LenderForm => ({
  name: l.name, uscc: l.uscc, webhookUrl: l.webhookUrl, publicKey: l.publicKey, repaymentBankName: l.repaymentBankName,
  repaymentAccountName: l.repaymentAccountName, repaymentAccountNo: l.repaymentAccountNo,
});
