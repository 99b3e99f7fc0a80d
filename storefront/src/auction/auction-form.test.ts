import { describe, expect, it } from 'vitest';
import { auctionFormToInput, emptyAuctionForm } from './auction-form';

describe('the auction form', () => {
  const filled = () => ({
    ...emptyAuctionForm(), title: '办公桌反向竞价', description: '1.4 米办公桌 20 张', quantity: '20', startPrice: '100,000', step: '100', floor: '60000.5',
    startsAt: '2026-11-24 09:30', durationMinutes: '30', budgetLineId: 'line-1',
    address: { recipient: '张三', phone: '0571-88888888', regionCode: '330106', address: '杭州市西湖区文三路 100 号' },
  });

  it('turns yuan into Money strings and the wall clock into an instant', () => {
    const { input, problems } = auctionFormToInput(filled(), 'Asia/Shanghai');
    expect(problems).toEqual({});
    expect(input).toMatchObject({
      direction: 'REVERSE', quantity: 20, startPrice: '100000.00', step: '100.00', floor: '60000.50', deposit: null, photoUrls: [], invitedSupplierIds: [],
      startsAt: '2026-11-24T01:30:00.000Z', durationMinutes: 30, extendWindowMinutes: 5, extendByMinutes: 5, maxExtensions: 10,
      budgetLineId: 'line-1', deliveryAddress: { recipient: '张三', phone: '0571-88888888', regionCode: '330106', address: '杭州市西湖区文三路 100 号' },
    });
  });

  it('asks a reverse auction for its budget line and delivery address; a public asset auction needs neither', () => {
    const { input, problems } = auctionFormToInput({ ...filled(), budgetLineId: '', address: { recipient: '', phone: '', regionCode: '', address: '' } }, 'Asia/Shanghai');
    expect(input).toBeNull();
    expect(problems).toMatchObject({ budgetLineId: 'buy.chooseBudgetLine' });
    expect(Object.keys(problems).filter((k) => k.startsWith('deliveryAddress.')).length).toBeGreaterThan(0);
    const forward = auctionFormToInput({ ...filled(), direction: 'FORWARD', budgetLineId: '' }, 'Asia/Shanghai');
    expect(forward.input).toMatchObject({ budgetLineId: null, deliveryAddress: null });
  });

  it('names each field it refuses and builds nothing', () => {
    const { input, problems } = auctionFormToInput({ ...filled(), title: '', step: '100000', floor: '100000.01', startsAt: '明天', durationMinutes: '0', startPrice: '100000' }, 'Asia/Shanghai');
    expect(input).toBeNull();
    expect(problems).toEqual({ title: 'auction.form.required', step: 'auction.form.stepInvalid', floor: 'auction.form.floorInvalid', startsAt: 'auction.form.timeInvalid', durationMinutes: 'auction.form.intInvalid' });
    expect(auctionFormToInput({ ...filled(), startPrice: '12.345' }, 'Asia/Shanghai').problems).toEqual({ startPrice: 'auction.form.moneyInvalid' });
  });

  it('invites the picked suppliers once each, and none to a forward auction', () => {
    expect(auctionFormToInput({ ...filled(), invitedSupplierIds: ['a1', 'b2', 'a1'] }, 'Asia/Shanghai').input?.invitedSupplierIds).toEqual(['a1', 'b2']);
    expect(auctionFormToInput({ ...filled(), direction: 'FORWARD', invitedSupplierIds: ['a1'] }, 'Asia/Shanghai').input?.invitedSupplierIds).toEqual([]);
  });

  it('keeps the forward fields for a public asset auction and drops the floor', () => {
    const { input } = auctionFormToInput({ ...filled(), direction: 'FORWARD', floor: '1', deposit: '500', photoUrls: 'https://img.example.cn/a.jpg\nhttps://img.example.cn/b.jpg', viewing: '周三上午' }, 'Asia/Shanghai');
    expect(input).toMatchObject({ direction: 'FORWARD', floor: null, deposit: '500.00', photoUrls: ['https://img.example.cn/a.jpg', 'https://img.example.cn/b.jpg'], viewing: '周三上午' });
  });
});
