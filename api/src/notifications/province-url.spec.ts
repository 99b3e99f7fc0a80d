import { describe, expect, it } from 'vitest';
import { provinceUrl } from './province-url.js';

describe('provinceUrl', () => {
  it("puts the province's slug in front of the app's host name", () => {
    expect(provinceUrl('https://mall.example.cn', 'zj', '/supplier/orders/1')).toBe('https://zj.mall.example.cn/supplier/orders/1');
    expect(provinceUrl('http://localhost:5173/', 'cq', '/notifications')).toBe('http://cq.localhost:5173/notifications');
    expect(provinceUrl('https://gov.example.cn/mall/', 'gx', '/orders')).toBe('https://gx.gov.example.cn/mall/orders');
  });

  it('leaves a host that already names the province, and IP addresses, as they are', () => {
    expect(provinceUrl('https://zj.mall.example.cn', 'zj', '/a')).toBe('https://zj.mall.example.cn/a');
    expect(provinceUrl('http://127.0.0.1:5173', 'zj', '/a')).toBe('http://127.0.0.1:5173/a');
    expect(provinceUrl('http://[::1]:5173', 'zj', '/a')).toBe('http://[::1]:5173/a');
  });
});
