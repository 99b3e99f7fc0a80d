import { createI18n } from 'vue-i18n';
import en from './messages.en';
import zhCN from './messages.zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_STORAGE_KEY = 'zhengcai.locale';

export const commonMessages = { 'zh-CN': zhCN, en };

type Tree = { [key: string]: string | Tree };

/** Shallow-per-level merge of an app's messages over the common ones. */
export function mergeMessages<A extends Tree, B extends Tree>(base: A, extra: B): A & B {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const prev = out[key];
    out[key] = typeof value === 'object' && typeof prev === 'object' ? mergeMessages(prev, value) : value;
  }
  return out as A & B;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language to start in: the one chosen before, else Chinese (not the browser's). */
export function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage disabled: start in the default language.
    return DEFAULT_LOCALE;
  }
}

/** vue-i18n in Composition mode with the common messages and the app's own merged in. */
export function createAppI18n<M extends Tree>(appMessages: Record<Locale, M>) {
  return createI18n({
    legacy: false,
    locale: initialLocale(),
    fallbackLocale: DEFAULT_LOCALE,
    messages: {
      'zh-CN': mergeMessages(zhCN, appMessages['zh-CN']),
      en: mergeMessages(en, appMessages.en),
    },
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Switches the language, remembers it, and tells assistive technology via <html lang>. */
export function applyLocale(composer: { locale: { value: string } }, locale: Locale) {
  composer.locale.value = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage disabled: the language still switches for this visit.
  }
}
