import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { runInRequestScope } from '../logging/request-scope.js';
import { AppError } from './app-error.js';
import { createErrorFormatter } from './format-error.js';
import { MESSAGES, negotiateLocale } from './messages.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({ write(chunk: Buffer, _enc, done) { lines.push(JSON.parse(chunk.toString())); done(); } });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('error vocabulary', () => {
  it('has a message in both languages for every reason', () => {
    for (const [reason, m] of Object.entries(MESSAGES)) {
      const params = { max: 1, actual: 2, value: 'x', hint: 'x', requestId: 'r' };
      expect(m['zh-CN'](params), reason).toMatch(/[\u4e00-\u9fa5]/);
      // English text may quote a Chinese name a user typed, but has none of its own.
      expect(m.en(params), reason).toMatch(/^[^\u4e00-\u9fa5]+$/);
    }
  });

  it('negotiates the language from Accept-Language, zh-CN by default', () => {
    expect(negotiateLocale(undefined)).toBe('zh-CN');
    expect(negotiateLocale('en-GB,en;q=0.8')).toBe('en');
    expect(negotiateLocale('fr-FR, en;q=0.5, zh-CN;q=0.9')).toBe('zh-CN');
    expect(negotiateLocale('de, fr')).toBe('zh-CN');
    expect(negotiateLocale('zh-TW;q=0, en;q=0.1')).toBe('en');
  });
});

describe('error formatter', () => {
  it('turns an AppError into its code and a message in the request\'s language', () => {
    const { logger } = capture();
    const format = createErrorFormatter(logger);
    const out = runInRequestScope({ requestId: 'req-1', locale: 'en' }, () =>
      format({ message: 'PAGE_SIZE', path: ['tenants'] }, new AppError('PAGE_SIZE', { max: 100, actual: 0 })),
    );
    expect(out).toEqual({ message: 'first must be between 1 and 100; got 0.', path: ['tenants'], locations: undefined, extensions: { code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE', requestId: 'req-1' } });
  });

  it('hides an unexpected error from the client and logs it in full with the request id', () => {
    const { logger, lines } = capture();
    const format = createErrorFormatter(logger);
    const bug = new Error('relation "calendar_day" does not exist at character 15');
    const out = runInRequestScope({ requestId: 'req-2', locale: 'zh-CN' }, () =>
      format({ message: bug.message, path: ['tenant'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, new GraphQLError(bug.message, { originalError: bug })),
    );
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-2' });
    expect(out.message).toContain('req-2');
    expect(JSON.stringify(out)).not.toMatch(/calendar_day|relation|stack/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, requestId: 'req-2' });
    expect(JSON.stringify(lines[0])).toContain('calendar_day');
  });

  it('passes graphql\'s own validation errors through with their code', () => {
    const { logger, lines } = capture();
    const out = createErrorFormatter(logger)(
      { message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    );
    expect(out).toMatchObject({ message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(lines).toHaveLength(0);
  });
});
