/**
 * 统一社会信用代码 (USCC, GB 32100-2015): 18 characters — registration authority, organisation
 * type, 6-digit region code, the 9-character GB 11714 organisation code (with its own check
 * character), and a check character over the first 17.
 */

/** The 31 characters a USCC may use, in value order (no I, O, S, V, Z). */
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccFailure = 'length' | 'character' | 'check_character' | 'organisation_code';

export type UsccResult =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly failure: 'length'; readonly length: number }
  | { readonly ok: false; readonly failure: 'character'; readonly position: number; readonly character: string }
  | { readonly ok: false; readonly failure: 'check_character' | 'organisation_code'; readonly expected: string; readonly actual: string };

/** The check character (position 18) for the first 17 characters, which must be in the alphabet. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  const value = 31 - (sum % 31);
  return USCC_ALPHABET[value === 31 ? 0 : value];
}

/** GB 11714 check character for the first eight characters of an organisation code. */
export function organisationCodeCheckCharacter(first8: string): string {
  let sum = 0;
  // GB 11714 values letters A=10 … Z=35, unlike the USCC alphabet.
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i], 36) * ORG_CODE_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Validates a USCC and says which check failed first: length, character, check character,
 * then the embedded organisation code's own check. Surrounding spaces and lower case are
 * accepted and normalised, since people type codes off paper licences.
 */
export function validateUscc(input: string): UsccResult {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { ok: false, failure: 'length', length: code.length };
  for (let i = 0; i < 18; i++) {
    if (!USCC_ALPHABET.includes(code[i])) return { ok: false, failure: 'character', position: i + 1, character: code[i] };
  }
  const check = usccCheckCharacter(code.slice(0, 17));
  if (check !== code[17]) return { ok: false, failure: 'check_character', expected: check, actual: code[17] };
  const orgCode = code.slice(8, 17);
  const orgCheck = organisationCodeCheckCharacter(orgCode);
  if (orgCheck !== orgCode[8]) return { ok: false, failure: 'organisation_code', expected: orgCheck, actual: orgCode[8] };
  return { ok: true, code };
}

/**
 * A valid USCC from its first 8 characters (authority, type, region) and the first 8 characters
 * of the organisation code: both check characters are computed. For seeds and tests.
 */
export function composeUscc(prefix8: string, orgCode8: string): string {
  const org = orgCode8 + organisationCodeCheckCharacter(orgCode8);
  const first17 = prefix8 + org;
  return first17 + usccCheckCharacter(first17);
}
