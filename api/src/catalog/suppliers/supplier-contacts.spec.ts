import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error.js';
import { normaliseSupplierContacts } from './supplier-contacts.js';

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? [err.reason, err.params.field] : err;
  }
  return null;
};

describe('supplier contacts', () => {
  it('normalises names and phones so the same contact written two ways compares equal', () => {
    expect(normaliseSupplierContacts({ legalRepresentative: ' 张 三 ', contactPhone: '+86 138-0013-8000' })).toEqual({ legalRepresentative: '张三', contactPhone: '13800138000' });
    expect(normaliseSupplierContacts({ legalRepresentative: '李四', contactPhone: '(0571) 8765 4321' })).toEqual({ legalRepresentative: '李四', contactPhone: '057187654321' });
    expect(normaliseSupplierContacts({ legalRepresentative: '王五', contactPhone: '0086 010-12345678' }).contactPhone).toBe('01012345678');
  });

  it('refuses a one-character or overlong name and anything that is not a mobile or an area-coded landline', () => {
    expect(reason(() => normaliseSupplierContacts({ legalRepresentative: '张', contactPhone: '13800138000' }))).toEqual(['LEGAL_REPRESENTATIVE_INVALID', 'input.legalRepresentative']);
    expect(reason(() => normaliseSupplierContacts({ legalRepresentative: '张'.repeat(33), contactPhone: '13800138000' }))).toEqual(['LEGAL_REPRESENTATIVE_INVALID', 'input.legalRepresentative']);
    for (const phone of ['12800138000', '1380013800', '87654321', '138001380001', 'abc']) {
      expect(reason(() => normaliseSupplierContacts({ legalRepresentative: '张三', contactPhone: phone }))).toEqual(['CONTACT_PHONE_INVALID', 'input.contactPhone']);
    }
  });
});
