import { describe, expect, it } from 'vitest';
import { depositActions, emptyGuaranteeForm, parseGuaranteeFile, toGuaranteeInput } from './deposit-forms';

const ZONE = 'Asia/Shanghai';

describe('guarantee form → PresentGuaranteeInput', () => {
  const filled = {
    ...emptyGuaranteeForm('lot-1'), issuerId: 'iss-1', guaranteeNo: ' BH2026001 ', beneficiary: '某采购单位', amount: '1,000', validFrom: '2026-11-01 00:00',
    validUntil: '2027-11-01T00:00:00.000Z', signature: ' abcd \n',
  };

  it('normalises the amount, reads wall-clock times in the province and keeps ISO times exactly', () => {
    expect(toGuaranteeInput(filled, ZONE)).toEqual({
      input: {
        issuerId: 'iss-1', guaranteeNo: 'BH2026001', lotId: 'lot-1', beneficiary: '某采购单位', amount: '1000.00',
        validFrom: '2026-10-31T16:00:00.000Z', validUntil: '2027-11-01T00:00:00.000Z', signature: 'abcd',
      },
    });
  });

  it('refuses empty fields, a bad amount, a bad time and a validity ending before it starts', () => {
    expect(toGuaranteeInput(emptyGuaranteeForm(), ZONE).problems).toEqual({
      issuerId: 'deposits.required', guaranteeNo: 'deposits.required', lotId: 'deposits.required', beneficiary: 'deposits.required',
      amount: 'deposits.amountFormat', validFrom: 'deposits.timeFormat', validUntil: 'deposits.timeFormat', signature: 'deposits.required',
    });
    expect(toGuaranteeInput({ ...filled, amount: '1.234' }, ZONE).problems).toEqual({ amount: 'deposits.amountFormat' });
    expect(toGuaranteeInput({ ...filled, amount: '0' }, ZONE).problems).toEqual({ amount: 'deposits.amountFormat' });
    expect(toGuaranteeInput({ ...filled, validUntil: '2026-10-01' }, ZONE).problems).toEqual({ validUntil: 'deposits.untilBeforeFrom' });
  });
});

describe('the issuer guarantee file', () => {
  it('fills the form with the signed terms and matches the issuer by name', () => {
    const text = '\uFEFFguaranteeNo=BH1\r\nissuer=某担保公司\nbeneficiary=某单位\napplicant=91330000X\nlot=lot-9\namount=1000.00\nvalidFrom=2026-11-01T00:00:00.000Z\nvalidUntil=2027-11-01T00:00:00.000Z\nsignature=3045=ab';
    const { form, issuerName } = parseGuaranteeFile(text, [{ id: 'a', name: '别家' }, { id: 'b', name: '某担保公司' }]);
    expect(issuerName).toBe('某担保公司');
    expect(form).toEqual({
      issuerId: 'b', guaranteeNo: 'BH1', beneficiary: '某单位', lotId: 'lot-9', amount: '1000.00',
      validFrom: '2026-11-01T00:00:00.000Z', validUntil: '2027-11-01T00:00:00.000Z', signature: '3045=ab',
    });
  });

  it('leaves the issuer empty when it is not registered', () => {
    expect(parseGuaranteeFile('issuer=无名\nguaranteeNo=X', []).form).toEqual({ guaranteeNo: 'X' });
  });
});

describe('deposit actions', () => {
  it('offers payment while due and a challenge once forfeited', () => {
    expect(depositActions('DUE' as never)).toEqual(['pay']);
    expect(depositActions('FORFEITED' as never)).toEqual(['challenge']);
    expect(depositActions('HELD' as never)).toEqual([]);
  });
});
