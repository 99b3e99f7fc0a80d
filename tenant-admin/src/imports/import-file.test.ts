import { describe, expect, it } from 'vitest';
import { checkImportFile } from './import-file';

describe('import file check', () => {
  it('takes .xlsx and .csv up to 700 KiB', () => {
    expect(checkImportFile({ name: '预算.CSV', size: 100 })).toBeNull();
    expect(checkImportFile({ name: 'budget.xlsx', size: 700 * 1024 })).toBeNull();
    expect(checkImportFile({ name: 'budget.xls', size: 100 })).toBe('type');
    expect(checkImportFile({ name: 'budget.csv', size: 700 * 1024 + 1 })).toBe('size');
    expect(checkImportFile({ name: 'budget.csv', size: 0 })).toBe('empty');
  });
});
