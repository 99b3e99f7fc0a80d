import { describe, expect, it } from 'vitest';
import { fill, placeholders, render, TEMPLATES, TemplateError } from './notification-templates.js';

const LOCALES = ['zh-CN', 'en'] as const;

describe('notice templates', () => {
  it.each(Object.keys(TEMPLATES))('%s renders in both languages with every declared variable, and uses each one', (key) => {
    const template = TEMPLATES[key as keyof typeof TEMPLATES];
    const params = Object.fromEntries(template.variables.map((v) => [v, `<${v}>`]));
    for (const locale of LOCALES) {
      const text = template[locale];
      const used = new Set([...placeholders(text.title), ...placeholders(text.body)]);
      // Unknown: used but not declared. Missing: declared but never shown in this language.
      expect([...used].filter((v) => !template.variables.includes(v as never)), `${key} ${locale} unknown`).toEqual([]);
      expect(template.variables.filter((v) => !used.has(v)), `${key} ${locale} missing`).toEqual([]);
      const out = render(key, locale, params);
      expect(`${out.title}${out.body}`).not.toMatch(/[{}]/);
      for (const v of template.variables) expect(`${out.title}${out.body}`).toContain(`<${v}>`);
    }
  });

  it('refuses an unknown placeholder and a missing value', () => {
    expect(() => fill('订单 {orderNo} {oops}', ['orderNo'], { orderNo: 'A1' })).toThrow(TemplateError);
    expect(() => fill('订单 {orderNo}', ['orderNo'], {})).toThrow(/no value for \{orderNo\}/);
    expect(fill('订单 {orderNo}', ['orderNo'], { orderNo: 'A1' })).toBe('订单 A1');
  });
});
