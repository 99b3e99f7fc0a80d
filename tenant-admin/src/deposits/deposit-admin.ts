import { normaliseMoneyInput, todayIn, zonedToInstant } from '@zhengcai/web-kit';
import type { GuaranteeIssuerKind, GuaranteeSignatureAlgorithm, RecordDepositTransferInput, RegisterGuaranteeIssuerInput } from '../graphql/generated/graphql';

export const DEPOSIT_STATES = ['DUE', 'HELD', 'REFUNDED', 'FORFEITED', 'CHALLENGED'] as const;
export type DepositStateName = (typeof DEPOSIT_STATES)[number];

const MONEY = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;
/** Money (yuan, ≤ 2 decimals) as whole fen, on the digits. */
export function toFen(money: string): bigint {
  const m = MONEY.exec(money.trim());
  if (!m) throw new Error(`not a Money value: ${money}`);
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}
export function fromFen(fen: bigint): string {
  const abs = fen < 0n ? -fen : fen;
  return `${fen < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export interface LedgerTotals { count: number; amount: string; byState: Record<DepositStateName, { count: number; amount: string }> }

/** Count and amount of the shown deposits, overall and per state (fen on digits, never floats). */
export function ledgerTotals(rows: readonly { state: string; amount: string }[]): LedgerTotals {
  const sums = new Map<string, { count: number; fen: bigint }>(DEPOSIT_STATES.map((s) => [s, { count: 0, fen: 0n }]));
  let total = 0n;
  for (const r of rows) {
    const fen = toFen(r.amount);
    total += fen;
    const s = sums.get(r.state);
    if (s) {
      s.count += 1;
      s.fen += fen;
    }
  }
  const byState = Object.fromEntries([...sums].map(([k, v]) => [k, { count: v.count, amount: fromFen(v.fen) }])) as LedgerTotals['byState'];
  return { count: rows.length, amount: fromFen(total), byState };
}

const dayNumber = (ymd: string) => Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10))) / 86_400_000;

/** Calendar days past the refund deadline in the province's zone (0 while it is not past). */
export function daysLate(dueBy: string, timeZone: string, now: Date = new Date()): number {
  if (new Date(dueBy).getTime() >= now.getTime()) return 0;
  return Math.max(0, dayNumber(todayIn(timeZone, now)) - dayNumber(todayIn(timeZone, new Date(dueBy))));
}

/** Refund instructions finance must still carry out, the earliest deadline first. */
export function refundsAwaitingBank<T extends { refund?: { state: string; dueBy: string } | null }>(deposits: readonly T[]): T[] {
  return deposits.filter((d) => d.refund?.state === 'AWAITING_BANK').sort((a, b) => a.refund!.dueBy.localeCompare(b.refund!.dueBy));
}

export const BANK_SERIAL = /^[A-Za-z0-9-]{4,64}$/;
const VIRTUAL_ACCOUNT = /^ZC\d{16}$/;

export interface TransferForm { bankSerialNo: string; reference: string; amount: string; payerAccountName: string; arrivedAt: string }
export type Problems<F> = Partial<Record<keyof F, string>>;

/**
 * The transfer as read off the bank statement → RecordDepositTransferInput. The reference is
 * sent as quoted (an unknown one is the API's to flag), only trimmed and upper-cased; the arrival
 * is a wall-clock time of the province.
 */
export function toTransferInput(form: TransferForm, timeZone: string, now: Date = new Date()): { input: RecordDepositTransferInput; problems?: undefined } | { input?: undefined; problems: Problems<TransferForm> } {
  const problems: Problems<TransferForm> = {};
  const bankSerialNo = form.bankSerialNo.trim();
  if (!BANK_SERIAL.test(bankSerialNo)) problems.bankSerialNo = 'depositAdmin.serialFormat';
  const reference = form.reference.trim().toUpperCase();
  if (!reference) problems.reference = 'depositAdmin.required';
  const amount = normaliseMoneyInput(form.amount);
  if (!amount || amount === '0.00') problems.amount = 'depositAdmin.amountFormat';
  const payerAccountName = form.payerAccountName.trim();
  if (payerAccountName.length < 2) problems.payerAccountName = 'depositAdmin.required';
  const arrivedAt = zonedToInstant(form.arrivedAt, timeZone);
  if (!arrivedAt) problems.arrivedAt = 'depositAdmin.timeFormat';
  else if (new Date(arrivedAt).getTime() > now.getTime() + 60_000) problems.arrivedAt = 'depositAdmin.future';
  if (Object.keys(problems).length) return { problems };
  return { input: { bankSerialNo, reference, amount: amount!, payerAccountName, arrivedAt: arrivedAt! } };
}

/** Whether a reference looks like one of ours (ZC + 16 digits); a warning only, the API decides. */
export const looksLikeVirtualAccount = (text: string) => VIRTUAL_ACCOUNT.test(text.trim().toUpperCase());

export interface IssuerForm { name: string; kind: GuaranteeIssuerKind | ''; algorithm: GuaranteeSignatureAlgorithm | ''; publicKey: string; callbackUrl: string }

/** The issuer registration → RegisterGuaranteeIssuerInput; the key's shape is checked here, its validity by the API. */
export function toIssuerInput(form: IssuerForm): { input: RegisterGuaranteeIssuerInput; problems?: undefined } | { input?: undefined; problems: Problems<IssuerForm> } {
  const problems: Problems<IssuerForm> = {};
  const name = form.name.trim();
  if (name.length < 2) problems.name = 'depositAdmin.required';
  if (!form.kind) problems.kind = 'depositAdmin.required';
  if (!form.algorithm) problems.algorithm = 'depositAdmin.required';
  const publicKey = form.publicKey.trim();
  if (!publicKey) problems.publicKey = 'depositAdmin.required';
  else if (form.algorithm === 'SM2' && !/^04[0-9a-fA-F]{128}$/.test(publicKey)) problems.publicKey = 'depositAdmin.sm2KeyFormat';
  else if (form.algorithm === 'RSA' && !/^-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----$/.test(publicKey)) problems.publicKey = 'depositAdmin.rsaKeyFormat';
  const callbackUrl = form.callbackUrl.trim();
  if (callbackUrl && !/^https?:\/\/\S{1,240}$/.test(callbackUrl)) problems.callbackUrl = 'depositAdmin.urlFormat';
  if (Object.keys(problems).length) return { problems };
  return { input: { name, kind: form.kind as GuaranteeIssuerKind, algorithm: form.algorithm as GuaranteeSignatureAlgorithm, publicKey, callbackUrl: callbackUrl || null } };
}
