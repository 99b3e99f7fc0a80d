import { describe, expect, it } from 'vitest';
import { blankLender, lenderToForm, toLenderInput } from './lender-form';

const key = `04${'ab'.repeat(64)}`;
const filled = () => ({
  ...blankLender(), name: ' 测试银行 ', uscc: '91350100m000100y43', webhookUrl: 'https://bank.example.cn/hook', publicKey: `${key.slice(0, 60).toUpperCase()}\n ${key.slice(60)}`,
  repaymentBankName: '测试银行杭州分行', repaymentAccountName: '测试银行政采贷专户', repaymentAccountNo: '6222 0202 0011 2233',
});

describe('lender form', () => {
  it('normalises what people paste: trimmed names, upper-case USCC, key without spaces in lower case, account digits only', () => {
    expect(toLenderInput(filled()).input).toEqual({
      name: '测试银行', uscc: '91350100M000100Y43', webhookUrl: 'https://bank.example.cn/hook', publicKey: key,
      repaymentBankName: '测试银行杭州分行', repaymentAccountName: '测试银行政采贷专户', repaymentAccountNo: '6222020200112233',
    });
  });

  it('names each field it refuses', () => {
    expect(toLenderInput(blankLender()).problems).toEqual({
      name: 'lenders.required', repaymentBankName: 'lenders.required', repaymentAccountName: 'lenders.required', uscc: 'lenders.usccLength',
      webhookUrl: 'lenders.urlFormat', publicKey: 'lenders.keyFormat', repaymentAccountNo: 'lenders.accountFormat',
    });
    expect(toLenderInput({ ...filled(), publicKey: `03${'ab'.repeat(32)}` }).problems).toEqual({ publicKey: 'lenders.keyFormat' });
  });

  it('fills the form from a lender for editing', () => {
    const input = toLenderInput(filled()).input!;
    expect(lenderToForm({ ...input, id: 'x', active: true })).toEqual(input);
  });
});
