import { describe, expect, it } from 'vitest';
import { regionLabel } from './provinces';

describe('region labels', () => {
  it('names the province and keeps the code of a city or county', () => {
    expect(regionLabel('330000', 'zh-CN')).toBe('浙江省');
    expect(regionLabel('330100', 'zh-CN')).toBe('浙江省 330100');
    expect(regionLabel('450103', 'en')).toBe('Guangxi 450103');
  });

  it('shows an unknown code as it is', () => {
    expect(regionLabel('990100', 'zh-CN')).toBe('990100');
  });
});
