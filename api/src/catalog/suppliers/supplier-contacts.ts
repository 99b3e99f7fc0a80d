import { AppError } from '../../platform/errors/app-error.js';

export interface SupplierContactsInput {
  legalRepresentative: string;
  contactPhone: string;
}

/** A mainland mobile (11 digits from 13–19) or a landline with its area code (0 + 2–3 digits + 7–8 digits). */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}\d{7,8})$/;

/**
 * The declared contacts, normalised so two suppliers writing the same thing differently still
 * compare equal: inner spaces go from the name, separators (spaces, dashes, brackets) and a
 * +86/0086 prefix from the phone.
 */
export function normaliseSupplierContacts(input: SupplierContactsInput): SupplierContactsInput {
  const legalRepresentative = input.legalRepresentative.replace(/\s+/g, '');
  const length = [...legalRepresentative].length;
  if (length < 2 || length > 32) throw new AppError('LEGAL_REPRESENTATIVE_INVALID', { field: 'input.legalRepresentative' });
  const contactPhone = input.contactPhone.replace(/[\s\-()（）]/g, '').replace(/^(\+86|0086)/, '');
  if (!PHONE.test(contactPhone)) throw new AppError('CONTACT_PHONE_INVALID', { field: 'input.contactPhone' });
  return { legalRepresentative, contactPhone };
}
