import { validateUscc } from '@zhengcai/schema';
import { AppError } from '../errors/app-error.js';

/** The normalised USCC, or a client error naming the GB 32100 / GB 11714 check that failed. */
export function requireValidUscc(input: string): string {
  const r = validateUscc(input);
  if (r.ok) return r.code;
  switch (r.failure) {
    case 'length':
      throw new AppError('USCC_LENGTH', { length: r.length });
    case 'character':
      throw new AppError('USCC_CHARACTER', { position: r.position, character: r.character });
    case 'check_character':
      throw new AppError('USCC_CHECK_CHARACTER', { expected: r.expected, actual: r.actual });
    case 'organisation_code':
      throw new AppError('USCC_ORGANISATION_CODE', { expected: r.expected, actual: r.actual });
  }
}
