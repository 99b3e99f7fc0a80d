import { describe, expect, it } from 'vitest';
import { tenantScope } from './tenant-scope.js';

describe('tenantScope (WORKER_TENANTS)', () => {
  it('serves every province when unset', () => {
    expect(tenantScope(undefined)('zj')).toBe(true);
    expect(tenantScope('')('gx')).toBe(true);
  });

  it('serves the listed slugs exactly and prefixes ending in *', () => {
    const serves = tenantScope('zj,cq,t7k*');
    expect(['zj', 'cq', 't7k123456', 't7k'].map(serves)).toEqual([true, true, true, true]);
    expect(['gx', 'zjx', 't7', 'xt7k1'].map(serves)).toEqual([false, false, false, false]);
  });
});
