import { describe, expect, it } from 'vitest';
import { emptyInquiryForm, type InquiryForm, quoteTotal, toInquiryInput, withinBudget } from './inquiry-form';

const filled = (over: Partial<InquiryForm> = {}): InquiryForm => ({
  ...emptyInquiryForm(), title: '办公桌采购询价', categoryCode: 'a060201', specification: '1.4 米钢木办公桌', quantity: '20', unit: '张', budget: '¥60,000',
  budgetLineId: 'line-1', quoteDeadline: '2026-12-04 17:00', deliveryDays: '15',
  address: { recipient: '张三', phone: '0571-88888888', regionCode: '330106', address: '文三路 100 号' }, ...over,
});

describe('inquiry form', () => {
  it('turns the form into the API input: money as a decimal string, the deadline from the province clock to an instant', () => {
    const { input, problems } = toInquiryInput(filled(), 'Asia/Shanghai');
    expect(problems).toEqual({});
    expect(input).toMatchObject({ categoryCode: 'A060201', quantity: 20, budget: '60000.00', quoteDeadline: '2026-12-04T09:00:00.000Z', deliveryDays: 15, minQuotes: null });
    expect(toInquiryInput(filled({ minQuotes: '5' }), 'Asia/Shanghai').input?.minQuotes).toBe(5);
  });

  it('names every field it cannot send', () => {
    const { input, problems } = toInquiryInput(filled({ budget: '6万', quoteDeadline: '2026-02-30 10:00', quantity: '1.5', title: ' ', budgetLineId: '' }), 'Asia/Shanghai');
    expect(input).toBeNull();
    expect(problems).toEqual({
      budget: 'inquiry.form.money', quoteDeadline: 'inquiry.form.deadline', quantity: 'buy.quantityWhole', title: 'inquiry.form.required', budgetLineId: 'buy.chooseBudgetLine',
    });
  });

  it('computes a quote total on the digits and compares it with the budget', () => {
    expect(quoteTotal('2,400', 20)).toBe('48000.00');
    expect(quoteTotal('0.1', 3)).toBe('0.30');
    expect(quoteTotal('abc', 3)).toBeNull();
    expect(quoteTotal('0', 3)).toBeNull();
    expect(withinBudget('60000.00', '60000.00')).toBe(true);
    expect(withinBudget('60000.01', '60000.00')).toBe(false);
  });
});
