import { describe, expect, it } from 'vitest';
import { isKnownRegion, regionLabel, regionsOf } from './regions';

describe('region labels', () => {
  it('names a province, a city and a county as an address begins', () => {
    expect(regionLabel('330000', 'zh-CN')).toBe('浙江省');
    expect(regionLabel('330100', 'zh-CN')).toBe('浙江省杭州市');
    expect(regionLabel('330106', 'zh-CN')).toBe('浙江省杭州市西湖区');
    expect(regionLabel('450103', 'zh-CN')).toBe('广西壮族自治区南宁市青秀区');
  });

  it('leaves out the rows that only stand for a municipality or the counties under a province', () => {
    expect(regionLabel('500101', 'zh-CN')).toBe('重庆市万州区');
    expect(regionLabel('500229', 'zh-CN')).toBe('重庆市城口县');
    expect(regionLabel('500100', 'zh-CN')).toBe('重庆市');
    expect(regionLabel('419001', 'zh-CN')).toBe('河南省济源市');
  });

  it('puts the English province name after the Chinese names below it', () => {
    expect(regionLabel('330000', 'en')).toBe('Zhejiang');
    expect(regionLabel('330106', 'en')).toBe('杭州市西湖区, Zhejiang');
    expect(regionLabel('500101', 'en')).toBe('万州区, Chongqing');
  });

  it('keeps the digits of a code the table does not know, and shows one outside every province as it is', () => {
    expect(regionLabel('330199', 'zh-CN')).toBe('浙江省 330199');
    expect(regionLabel('339900', 'en')).toBe('Zhejiang 339900');
    expect(regionLabel('990100', 'zh-CN')).toBe('990100');
  });
});

describe('regions of a province', () => {
  it('lists the province, its cities and its counties, without the placeholder rows', () => {
    const zj = regionsOf('330000');
    expect(zj[0]).toBe('330000');
    expect(zj).toContain('330100');
    expect(zj).toContain('330106');
    expect(zj.every((c) => c.startsWith('33'))).toBe(true);
    expect(regionsOf('500000')).not.toContain('500200');
    expect(zj).toEqual([...zj].sort());
  });

  it('knows six-digit codes of the table only', () => {
    expect(isKnownRegion('330106')).toBe(true);
    expect(isKnownRegion('330199')).toBe(false);
    expect(isKnownRegion('33010')).toBe(false);
  });
});
