import { describe, expect, it } from 'vitest';
import { hostTenantLabel } from './host';

describe('hostTenantLabel', () => {
  it('takes the first label of a multi-label host name, as the API does', () => {
    expect(hostTenantLabel('zj.mall.example.cn')).toBe('zj');
    expect(hostTenantLabel('CQ.localhost')).toBe('cq');
    expect(hostTenantLabel('gx.mall.example.cn.')).toBe('gx');
  });

  it('finds none in plain localhost or an IP address', () => {
    expect(hostTenantLabel('localhost')).toBeNull();
    expect(hostTenantLabel('127.0.0.1')).toBeNull();
    expect(hostTenantLabel('[::1]')).toBeNull();
    expect(hostTenantLabel('')).toBeNull();
  });
});
