import { describe, expect, it } from 'vitest';
import { financingTagType, packageFile, toApplyInput, type ApplyForm } from './financing-forms';

const form = (overrides: Partial<ApplyForm> = {}): ApplyForm => ({ subjectType: 'MALL_ORDER', subjectId: 'o-1', lenderId: 'l-1', amount: '1,000', consent: true, ...overrides });

describe('apply form', () => {
  it('builds the input with the amount as a two-decimal string and consent true', () => {
    expect(toApplyInput(form(), '1280.00')).toEqual({ input: { subjectType: 'MALL_ORDER', subjectId: 'o-1', lenderId: 'l-1', amount: '1000.00', consent: true } });
  });

  it('refuses without consent, without a lender, a malformed or zero amount, and more than the contract', () => {
    expect(toApplyInput(form({ consent: false }), '1280.00').problems).toEqual({ consent: 'financing.consentRequired' });
    expect(toApplyInput(form({ lenderId: '' }), '1280.00').problems).toEqual({ lenderId: 'financing.chooseLender' });
    expect(toApplyInput(form({ amount: '12.345' }), '1280.00').problems).toEqual({ amount: 'financing.amountFormat' });
    expect(toApplyInput(form({ amount: '0' }), '1280.00').problems).toEqual({ amount: 'financing.amountFormat' });
    expect(toApplyInput(form({ amount: '1280.01' }), '1280.00').problems).toEqual({ amount: 'financing.amountAboveContract' });
    expect(toApplyInput(form({ amount: '1280' }), '1280.00').input?.amount).toBe('1280.00');
  });
});

describe('status tags and the package file', () => {
  it('colours approved green and rejected red', () => {
    expect(financingTagType('APPROVED')).toBe('success');
    expect(financingTagType('REJECTED')).toBe('danger');
    expect(financingTagType('APPLIED')).toBe('warning');
  });

  it('keeps the package text byte for byte (Chinese included) beside its signature', () => {
    const pkg = '{"contract":{"title":"网上超市订单 DD1"}}';
    const f = packageFile({ contractNo: 'DD/1', package: pkg, packageSignature: 'ab', platformKeyId: 'cd' });
    expect(f.fileName).toBe('financing-package-DD_1.json');
    const text = new TextDecoder().decode(Uint8Array.from(atob(f.contentBase64), (c) => c.charCodeAt(0)));
    expect(JSON.parse(text)).toEqual({ package: pkg, signature: 'ab', signatureAlgorithm: 'SM2-SM3', userId: '1234567812345678', keyId: 'cd' });
  });
});
