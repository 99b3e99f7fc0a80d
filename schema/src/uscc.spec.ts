import { describe, expect, it } from 'vitest';
import { composeUscc, organisationCodeCheckCharacter, usccCheckCharacter, validateUscc } from './uscc.js';

const VALID = '91350100M000100Y43';

describe('USCC validation (GB 32100 + GB 11714)', () => {
  it('accepts the example from DOMAIN.md', () => {
    expect(validateUscc(VALID)).toEqual({ ok: true, code: VALID });
  });

  it('computes both check characters of the example by hand-checked arithmetic', () => {
    // M000100Y: 22×3 + 1×5 + 34×2 = 139; 139 mod 11 = 7; 11 − 7 = 4.
    expect(organisationCodeCheckCharacter('M000100Y')).toBe('4');
    expect(usccCheckCharacter(VALID.slice(0, 17))).toBe('3');
  });

  it('normalises spaces and lower case', () => {
    expect(validateUscc(' 91350100m000100y43 ')).toEqual({ ok: true, code: VALID });
  });

  it('refuses a wrong length', () => {
    expect(validateUscc(VALID.slice(0, 17))).toEqual({ ok: false, failure: 'length', length: 17 });
    expect(validateUscc(`${VALID}0`)).toEqual({ ok: false, failure: 'length', length: 19 });
    expect(validateUscc('')).toEqual({ ok: false, failure: 'length', length: 0 });
  });

  it('refuses the letters GB 32100 leaves out (I, O, S, V, Z) and other characters, naming the position', () => {
    for (const bad of ['I', 'O', 'S', 'V', 'Z', '-', '统']) {
      const code = `${VALID.slice(0, 10)}${bad}${VALID.slice(11)}`;
      expect(validateUscc(code)).toEqual({ ok: false, failure: 'character', position: 11, character: bad });
    }
  });

  it('refuses a wrong check character, saying which one was expected', () => {
    expect(validateUscc('91350100M000100Y44')).toEqual({ ok: false, failure: 'check_character', expected: '3', actual: '4' });
    // One typo in the body also breaks the final check.
    expect(validateUscc('91350100M000101Y43')).toMatchObject({ ok: false, failure: 'check_character' });
  });

  it('refuses a code whose final check passes but whose organisation code check fails', () => {
    // Organisation code M000100Y with check character 5 instead of 4, then a correct final check.
    const first17 = '91350100M000100Y5';
    const crafted = first17 + usccCheckCharacter(first17);
    expect(validateUscc(crafted)).toEqual({ ok: false, failure: 'organisation_code', expected: '4', actual: '5' });
  });

  it('maps GB 11714 remainders 10 and 11 to X and 0', () => {
    // Search for organisation codes whose remainder lands on the two special cases.
    const sumOf = (s: string) => [...s].reduce((acc, ch, i) => acc + parseInt(ch, 36) * [3, 7, 9, 10, 5, 8, 4, 2][i], 0);
    const find = (want: number) => {
      for (let n = 0; n < 100_000; n++) {
        const s = String(n).padStart(8, '0');
        if (11 - (sumOf(s) % 11) === want) return s;
      }
      throw new Error('none found');
    };
    expect(organisationCodeCheckCharacter(find(10))).toBe('X');
    expect(organisationCodeCheckCharacter(find(11))).toBe('0');
  });

  it('composes valid codes for seeds', () => {
    for (const org of ['MA2H1234', '12345678', 'X0000001']) {
      const code = composeUscc('91330100', org);
      expect(validateUscc(code)).toEqual({ ok: true, code });
    }
  });
});
