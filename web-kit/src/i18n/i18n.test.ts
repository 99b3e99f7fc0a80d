import { beforeEach, describe, expect, it } from 'vitest';
import { applyLocale, createAppI18n, initialLocale, LOCALE_STORAGE_KEY, mergeMessages } from './index';
import { messageKeys, untranslated } from './keys';
import en from './messages.en';
import zhCN from './messages.zh-CN';

describe('common messages', () => {
  it('exist in English for every Chinese key, translated', () => {
    expect(messageKeys(en)).toEqual(messageKeys(zhCN));
    expect(untranslated(zhCN, en)).toEqual([]);
  });
});

describe('language selection', () => {
  beforeEach(() => localStorage.clear());

  it('starts in Chinese whatever the browser prefers, and in the remembered language after a switch', () => {
    expect(initialLocale()).toBe('zh-CN');
    const i18n = createAppI18n({ 'zh-CN': { app: { name: '卖场' } }, en: { app: { name: 'Mall' } } });
    expect(i18n.global.t('app.name')).toBe('卖场');
    expect(i18n.global.t('common.retry')).toBe('重试');

    applyLocale(i18n.global, 'en');
    expect(i18n.global.t('app.name')).toBe('Mall');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(initialLocale()).toBe('en');
    expect(createAppI18n({ 'zh-CN': {}, en: {} }).global.locale.value).toBe('en');
  });

  it('ignores a remembered value that is not a supported language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    expect(initialLocale()).toBe('zh-CN');
  });

  it('merges app messages into the common tree without dropping siblings', () => {
    expect(mergeMessages({ a: { x: '1', y: '2' } }, { a: { y: '3' }, b: '4' })).toEqual({ a: { x: '1', y: '3' }, b: '4' });
  });
});
