import { messageKeys, untranslated } from '@zhengcai/web-kit';
import { describe, expect, it } from 'vitest';
import en from './en';
import zhCN from './zh-CN';

describe('app messages', () => {
  it('exist in English for every Chinese key, translated', () => {
    expect(messageKeys(en)).toEqual(messageKeys(zhCN));
    expect(untranslated(zhCN, en)).toEqual([]);
  });
});
