import { describe, expect, it } from 'vitest';
import { buildCategoryTree, nextChildCode } from './category-tree';

const c = (code: string, name: string, parentCode: string | null, energySavingMandatory = false) => ({ code, name, parentCode, energySavingMandatory });

describe('category tree', () => {
  it('nests children under their parents in code order', () => {
    const tree = buildCategoryTree([c('A', '货物', null), c('A02', '设备', 'A'), c('A0201', '信息化设备', 'A02'), c('A02010104', '台式计算机', 'A020101', true), c('A020101', '计算机设备', 'A0201'), c('C', '服务', null)]);
    expect(tree.map((n) => n.code)).toEqual(['A', 'C']);
    const desktop = tree[0].children[0].children[0].children[0].children[0];
    expect(desktop).toMatchObject({ code: 'A02010104', label: 'A02010104 台式计算机', category: { energySavingMandatory: true }, children: [] });
  });

  it('keeps an orphan visible as a root', () => {
    expect(buildCategoryTree([c('A0203', '孤立', 'A02')]).map((n) => n.code)).toEqual(['A0203']);
  });

  it('proposes the first free child code', () => {
    expect(nextChildCode('A020101', ['A02010101', 'A02010102', 'A02010104', 'A0201010401'])).toBe('A02010103');
    expect(nextChildCode('C', [])).toBe('C01');
  });
});
