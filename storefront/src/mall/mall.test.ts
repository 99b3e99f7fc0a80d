import { ApiError } from '@zhengcai/web-kit';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { cartStorageKey, cartTotal, groupCart, useCartStore, type CartItem } from './cart-store';
import { PurchaseAttempt } from './idempotency';
import { fromFen, lineTotal, toFen } from './money';
import { orderActions } from './order-actions';
import { addressStorageKey, loadAddress, parseQuantity, saveAddress, toAcceptInput, toAddressInput, toInvoiceInput, toShipInput } from './order-forms';

const item = (listingId: string, supplierId: string, unitPrice: string, quantity: number): CartItem => ({
  listingId, title: `商品${listingId}`, unitPrice, quantity, supplierId, supplierName: `供应商${supplierId}`,
});

describe('money in fen', () => {
  it('parses and prints on the digits', () => {
    expect(toFen('0.1')).toBe(10n);
    expect(toFen('1999.99')).toBe(199999n);
    expect(fromFen(30n)).toBe('0.30');
    expect(fromFen(toFen('0.1') + toFen('0.2'))).toBe('0.30');
    expect(lineTotal('1999.90', 3)).toBe('5999.70');
    expect(lineTotal('99999999999.99', 1000)).toBe('99999999999990.00');
  });
});

describe('cart', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('groups by supplier in the order added, totals exact', () => {
    const items = [item('1', 'a', '0.10', 1), item('2', 'b', '100.00', 2), item('3', 'a', '0.20', 1)];
    const groups = groupCart(items);
    expect(groups.map((g) => [g.supplierId, g.items.map((i) => i.listingId), g.total])).toEqual([
      ['a', ['1', '3'], '0.30'],
      ['b', ['2'], '200.00'],
    ]);
    expect(cartTotal(items)).toBe('200.30');
  });

  it('adds, merges, edits and removes', () => {
    const cart = useCartStore();
    cart.setOwner('330000', 'u1');
    cart.add(item('1', 'a', '10.00', 1));
    cart.add(item('1', 'a', '10.00', 2));
    expect(cart.items).toHaveLength(1);
    expect(cart.items[0].quantity).toBe(3);
    cart.setQuantity('1', 1.5);
    expect(cart.items[0].quantity).toBe(3);
    cart.setQuantity('1', 4);
    expect(cart.total).toBe('40.00');
    expect(() => cart.add(item('2', 'b', '1.00', 0))).toThrow();
    cart.remove('1');
    expect(cart.items).toEqual([]);
  });

  it('persists per province and user', () => {
    const cart = useCartStore();
    cart.setOwner('330000', 'u1');
    cart.add(item('1', 'a', '10.00', 2));
    expect(JSON.parse(localStorage.getItem(cartStorageKey('330000', 'u1'))!)).toHaveLength(1);
    cart.setOwner('330000', 'u2');
    expect(cart.items).toEqual([]);
    cart.setOwner('320000', 'u1');
    expect(cart.items).toEqual([]);
    cart.setOwner(null, null);
    expect(cart.items).toEqual([]);
    cart.add(item('9', 'a', '1.00', 1)); // signed out: not written anywhere
    setActivePinia(createPinia());
    const again = useCartStore();
    again.setOwner('330000', 'u1');
    expect(again.items.map((i) => [i.listingId, i.quantity])).toEqual([['1', 2]]);
  });

  it('ignores a damaged stored cart', () => {
    localStorage.setItem(cartStorageKey('330000', 'u1'), '[{"listingId":"1","quantity":1.5}]');
    const cart = useCartStore();
    cart.setOwner('330000', 'u1');
    expect(cart.items).toEqual([]);
  });
});

describe('order actions by state', () => {
  it('gives each side what the state machine allows', () => {
    expect(orderActions('buyer', 'PLACED')).toEqual(['cancel']);
    expect(orderActions('supplier', 'PLACED')).toEqual(['confirm', 'reject']);
    expect(orderActions('supplier', 'CONFIRMED')).toEqual(['ship']);
    expect(orderActions('buyer', 'CONFIRMED')).toEqual([]);
    expect(orderActions('buyer', 'SHIPPED')).toEqual(['deliver']);
    expect(orderActions('supplier', 'SHIPPED')).toEqual(['deliver']);
    expect(orderActions('buyer', 'DELIVERED')).toEqual(['accept', 'refuseAcceptance']);
    expect(orderActions('supplier', 'ACCEPTED')).toEqual(['invoice']);
    expect(orderActions('buyer', 'INVOICED')).toEqual(['pay']);
    for (const s of ['PAID', 'CLOSED', 'REJECTED', 'CANCELLED'] as const) {
      expect(orderActions('buyer', s)).toEqual([]);
      expect(orderActions('supplier', s)).toEqual([]);
    }
  });
});

describe('form → input', () => {
  it('takes whole quantities above 0 only', () => {
    expect(parseQuantity('2')).toEqual({ quantity: 2 });
    expect(parseQuantity(3)).toEqual({ quantity: 3 });
    expect(parseQuantity('0')).toEqual({ problem: 'buy.quantityPositive' });
    expect(parseQuantity('-1')).toEqual({ problem: 'buy.quantityPositive' });
    expect(parseQuantity('1.5')).toEqual({ problem: 'buy.quantityWhole' });
    expect(parseQuantity('abc')).toEqual({ problem: 'buy.quantityWhole' });
    expect(parseQuantity('1000001')).toEqual({ problem: 'buy.quantityTooLarge' });
  });

  it('trims the address and names missing fields', () => {
    const ok = toAddressInput({ recipient: ' 张三 ', phone: '0571-1', regionCode: '330106', address: ' 杭州市西湖区 ' });
    expect(ok).toEqual({ input: { recipient: '张三', phone: '0571-1', regionCode: '330106', address: '杭州市西湖区' }, problems: {} });
    expect(Object.keys(toAddressInput({ recipient: '', phone: '', regionCode: '33', address: 'x' }).problems).sort()).toEqual([
      'deliveryAddress.address', 'deliveryAddress.phone', 'deliveryAddress.recipient', 'deliveryAddress.regionCode',
    ]);
  });

  it('remembers the address per province and user', () => {
    const key = addressStorageKey('330000', 'u1');
    saveAddress(key, { recipient: 'a', phone: 'b', regionCode: '330106', address: 'cc' });
    expect(loadAddress(key).regionCode).toBe('330106');
    expect(loadAddress(addressStorageKey('330000', 'u2')).regionCode).toBe('');
  });

  it('accepts whole quantities up to the ordered one', () => {
    const ordered = { l1: 2, l2: 3 };
    expect(toAcceptInput({ lines: [{ lineId: 'l1', acceptedQuantity: 2 }, { lineId: 'l2', acceptedQuantity: 0 }], note: ' ' }, ordered)).toEqual({
      input: { lines: [{ lineId: 'l1', acceptedQuantity: 2 }, { lineId: 'l2', acceptedQuantity: 0 }], note: null }, problems: {},
    });
    expect(toAcceptInput({ lines: [{ lineId: 'l1', acceptedQuantity: 3 }, { lineId: 'l2', acceptedQuantity: 1.5 }], note: '' }, ordered).problems).toEqual({
      'lines[0].acceptedQuantity': 'order.acceptedRange', 'lines[1].acceptedQuantity': 'order.acceptedRange',
    });
  });

  it('sends invoice money as a decimal string', () => {
    expect(toInvoiceInput({ invoiceNo: '12345678', invoiceCode: '', issuedOn: '2026-11-23', amount: '¥1,999.5' })).toEqual({
      input: { invoiceNo: '12345678', invoiceCode: null, issuedOn: '2026-11-23', amount: '1999.50' }, problems: {},
    });
    expect(Object.keys(toInvoiceInput({ invoiceNo: '12', invoiceCode: '1', issuedOn: '', amount: '1.234' }).problems).sort()).toEqual(['amount', 'invoiceCode', 'invoiceNo', 'issuedOn']);
    expect(toShipInput({ logisticsCompany: ' 顺丰 ', trackingNo: '' })).toEqual({ input: { logisticsCompany: '顺丰', trackingNo: '' }, problems: { trackingNo: 'buy.required' } });
  });
});

describe('purchase idempotency key', () => {
  let n = 0;
  const attempt = () => new PurchaseAttempt(() => `key-${++n}`);

  it('reuses the key only when the same submission is retried after a lost answer', () => {
    const a = attempt();
    const k1 = a.keyFor({ q: 2 });
    a.settle(new ApiError({ kind: 'network', locale: 'zh-CN' }));
    expect(a.keyFor({ q: 2 })).toBe(k1);
    a.settle(new ApiError({ kind: 'http', status: 502, locale: 'zh-CN' }));
    expect(a.keyFor({ q: 2 })).toBe(k1);
    a.settle(null);
    expect(a.keyFor({ q: 2 })).not.toBe(k1);
  });

  it('makes a new key for other input or after a refusal', () => {
    const a = attempt();
    const k1 = a.keyFor({ q: 2 });
    a.settle(new ApiError({ kind: 'network', locale: 'zh-CN' }));
    expect(a.keyFor({ q: 3 })).not.toBe(k1);
    const k2 = a.keyFor({ q: 3 });
    a.settle(new ApiError({ kind: 'graphql', errors: [{ message: 'x', extensions: { code: 'CONFLICT', reason: 'PRICE_CHANGED' } }], locale: 'zh-CN' }));
    expect(a.keyFor({ q: 3 })).not.toBe(k2);
  });
});
