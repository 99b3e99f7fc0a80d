import { describe, expect, it } from 'vitest';
import { daysLate, ledgerTotals, looksLikeVirtualAccount, refundsAwaitingBank, toIssuerInput, toTransferInput } from './deposit-admin';

const ZONE = 'Asia/Shanghai';

describe('ledger totals', () => {
  it('adds amounts per state and overall on the digits', () => {
    const t = ledgerTotals([
      { state: 'HELD', amount: '1000.10' }, { state: 'HELD', amount: '0.2' }, { state: 'DUE', amount: '99999999999999.99' }, { state: 'REFUNDED', amount: '5' },
    ]);
    expect(t.count).toBe(4);
    expect(t.amount).toBe('100000000001005.29');
    expect(t.byState.HELD).toEqual({ count: 2, amount: '1000.30' });
    expect(t.byState.DUE).toEqual({ count: 1, amount: '99999999999999.99' });
    expect(t.byState.FORFEITED).toEqual({ count: 0, amount: '0.00' });
  });
});

describe('refund deadlines', () => {
  const now = new Date('2026-11-23T02:00:00Z'); // 10:00 in Beijing
  it('counts calendar days past the deadline in the province', () => {
    expect(daysLate('2026-11-24T00:00:00Z', ZONE, now)).toBe(0);
    expect(daysLate('2026-11-23T01:00:00Z', ZONE, now)).toBe(0); // earlier today
    expect(daysLate('2026-11-22T15:59:00Z', ZONE, now)).toBe(1); // 23:59 yesterday in Beijing
    expect(daysLate('2026-11-13T02:00:00Z', ZONE, now)).toBe(10);
  });
  it('lists the instructions awaiting the bank, earliest deadline first', () => {
    const rows = [
      { id: 'a', refund: { state: 'AWAITING_BANK', dueBy: '2026-11-30T00:00:00Z' } },
      { id: 'b', refund: { state: 'COMPLETED', dueBy: '2026-11-01T00:00:00Z' } },
      { id: 'c', refund: null },
      { id: 'd', refund: { state: 'AWAITING_BANK', dueBy: '2026-11-20T00:00:00Z' } },
    ];
    expect(refundsAwaitingBank(rows).map((r) => r.id)).toEqual(['d', 'a']);
  });
});

describe('recording a transfer', () => {
  const now = new Date('2026-11-23T06:00:00Z');
  it('reads the statement: serial, reference upper-cased, yuan, Beijing arrival time', () => {
    expect(toTransferInput({ bankSerialNo: ' BK2026-01 ', reference: ' zc0000000000000001 ', amount: '1,000', payerAccountName: '某某科技', arrivedAt: '2026-11-23 09:30' }, ZONE, now)).toEqual({
      input: { bankSerialNo: 'BK2026-01', reference: 'ZC0000000000000001', amount: '1000.00', payerAccountName: '某某科技', arrivedAt: '2026-11-23T01:30:00.000Z' },
    });
    expect(looksLikeVirtualAccount('zc0000000000000001')).toBe(true);
    expect(looksLikeVirtualAccount('ZC123')).toBe(false);
  });
  it('refuses a bad serial, amount, empty fields and a time in the future', () => {
    expect(toTransferInput({ bankSerialNo: 'x', reference: '', amount: '-1', payerAccountName: '', arrivedAt: 'now' }, ZONE, now).problems).toEqual({
      bankSerialNo: 'depositAdmin.serialFormat', reference: 'depositAdmin.required', amount: 'depositAdmin.amountFormat', payerAccountName: 'depositAdmin.required', arrivedAt: 'depositAdmin.timeFormat',
    });
    expect(toTransferInput({ bankSerialNo: 'BK0001', reference: 'ZC1', amount: '1', payerAccountName: '某某', arrivedAt: '2026-11-23 16:00' }, ZONE, now).problems).toEqual({ arrivedAt: 'depositAdmin.future' });
  });
});

describe('registering an issuer', () => {
  const sm2 = `04${'ab'.repeat(64)}`;
  it('builds the input; an empty callback URL is none', () => {
    expect(toIssuerInput({ name: ' 某银行 ', kind: 'BANK' as never, algorithm: 'SM2' as never, publicKey: ` ${sm2} `, callbackUrl: ' ' })).toEqual({
      input: { name: '某银行', kind: 'BANK', algorithm: 'SM2', publicKey: sm2, callbackUrl: null },
    });
  });
  it('checks the key shape for the algorithm and the URL', () => {
    expect(toIssuerInput({ name: '某银行', kind: 'BANK' as never, algorithm: 'SM2' as never, publicKey: '04abc', callbackUrl: 'ftp://x' }).problems).toEqual({
      publicKey: 'depositAdmin.sm2KeyFormat', callbackUrl: 'depositAdmin.urlFormat',
    });
    expect(toIssuerInput({ name: '某银行', kind: 'BANK' as never, algorithm: 'RSA' as never, publicKey: sm2, callbackUrl: '' }).problems).toEqual({ publicKey: 'depositAdmin.rsaKeyFormat' });
    expect(toIssuerInput({ name: '', kind: '', algorithm: '', publicKey: '', callbackUrl: '' }).problems).toEqual({
      name: 'depositAdmin.required', kind: 'depositAdmin.required', algorithm: 'depositAdmin.required', publicKey: 'depositAdmin.required',
    });
  });
});
