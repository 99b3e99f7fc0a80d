import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../api/src/platform/errors/error-code';
import { MESSAGES } from '../../api/src/platform/errors/messages';
import en from '../src/i18n/messages.en';
import zhCN from '../src/i18n/messages.zh-CN';

// Runs beside the API's tests: when the API gains an error code or reason, the apps must
// learn to show it before the build is green.
describe('the apps can show every error the API returns', () => {
  for (const [name, messages] of [['zh-CN', zhCN], ['en', en]] as const) {
    it(`has a title and message for every extensions.code in ${name}`, () => {
      for (const code of Object.values(ErrorCode)) {
        const entry = (messages.errors.code as Record<string, { title: string; message: string } | undefined>)[code];
        expect(entry?.title, code).toBeTruthy();
        expect(entry?.message, code).toBeTruthy();
      }
    });

    it(`has a message for every reason in ${name}`, () => {
      const reasons = messages.errors.reason as Record<string, string | undefined>;
      const missing = Object.keys(MESSAGES).filter((reason) => !reasons[reason]);
      expect(missing).toEqual([]);
    });
  }
});
