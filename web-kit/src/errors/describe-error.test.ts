import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { ApiError, type GraphQLErrorItem } from '../graphql/api-error';
import en from '../i18n/messages.en';
import zhCN from '../i18n/messages.zh-CN';
import { describeError, type Translator } from './describe-error';

function translator(locale: 'zh-CN' | 'en'): Translator {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } });
  return { t: (k, p) => (p ? i18n.global.t(k, p) : i18n.global.t(k)), te: (k) => i18n.global.te(k), locale };
}
const gql = (errors: GraphQLErrorItem[], locale = 'zh-CN') => new ApiError({ kind: 'graphql', errors, status: 200, locale });

describe('describeError', () => {
  it('shows the server message, localized by the API, while the language is unchanged', () => {
    const err = gql([{ message: '查询嵌套 12 层，超过上限 10 层，请拆分查询。', extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'QUERY_TOO_DEEP', requestId: 'req-1' } }]);
    expect(describeError(err, translator('zh-CN'))).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      reason: 'QUERY_TOO_DEEP',
      title: '查询过于复杂',
      message: '查询嵌套 12 层，超过上限 10 层，请拆分查询。',
      fieldErrors: {},
      requestId: 'req-1',
      retryable: false,
    });
  });

  it('switches to the client text of the reason after the language changes', () => {
    const err = gql([{ message: '租户“x”不存在', extensions: { code: 'NOT_FOUND', reason: 'TENANT_UNKNOWN' } }], 'zh-CN');
    const view = describeError(err, translator('en'));
    expect(view.title).toBe('Not found');
    expect(view.message).toBe('That province does not exist. Choose the province again.');
  });

  it('never shows graphql-js English text for a code without a reason: the code message instead', () => {
    const err = gql([{ message: 'Cannot query field "foo" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    expect(describeError(err, translator('zh-CN'))).toMatchObject({ title: '请求无效', message: '页面与服务器版本不一致，请刷新页面。' });
  });

  it('maps a code it does not know to a generic error rather than nothing', () => {
    const err = gql([{ message: 'teapot', extensions: { code: 'I_AM_A_TEAPOT' } }]);
    expect(describeError(err, translator('en'))).toMatchObject({ code: 'UNKNOWN', title: 'Something went wrong', retryable: true });
  });

  it('keeps the request id of an internal error and offers a retry', () => {
    const err = gql([{ message: '服务器内部错误，请稍后重试。如需协助，请提供请求号 abc。', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'abc' } }]);
    const view = describeError(err, translator('zh-CN'));
    expect(view).toMatchObject({ title: '服务器出错', requestId: 'abc', retryable: true });
    expect(view.message).toContain('abc');
  });

  it('offers a retry when the service is restarting', () => {
    const err = gql([{ message: '服务正在重启，请稍后重试。', extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SERVICE_RESTARTING' } }]);
    expect(describeError(err, translator('zh-CN'))).toMatchObject({ title: '服务正在重启', message: '服务正在重启，请稍后重试。', retryable: true });
  });

  describe('BAD_USER_INPUT, field by field', () => {
    it('uses the fields the API lists, with their own messages', () => {
      const err = gql([{
        message: '填写有误',
        extensions: { code: 'BAD_USER_INPUT', reason: 'MONEY_FORMAT', fields: [{ field: 'input.budget', reason: 'MONEY_FORMAT', message: '金额“1.234”格式不正确' }] },
      }]);
      const view = describeError(err, translator('zh-CN'));
      expect(view.fieldErrors).toEqual({ 'input.budget': '金额“1.234”格式不正确' });
      expect(view.title).toBe('填写内容有误');
      expect(view.message).toBe('请检查标出的内容后重试。');
      expect(describeError(err, translator('en')).fieldErrors).toEqual({ 'input.budget': 'Invalid amount: give yuan with at most two decimals, e.g. 1234.50.' });
    });

    it('uses extensions.field when the API names one field', () => {
      const err = gql([{ message: '金额格式不正确', extensions: { code: 'BAD_USER_INPUT', reason: 'MONEY_FORMAT', field: 'input.price' } }]);
      expect(describeError(err, translator('zh-CN')).fieldErrors).toEqual({ 'input.price': '金额格式不正确' });
    });

    it('finds the field in graphql-js coercion errors and shows a localized message for it', () => {
      const err = gql([{ message: 'Variable "$input" got invalid value "abc" at "input.quantity"; Int cannot represent non-integer value: "abc"', extensions: { code: 'BAD_USER_INPUT' } }]);
      const view = describeError(err, translator('zh-CN'));
      expect(view.fieldErrors).toEqual({ 'input.quantity': '此项填写不正确，请检查。' });
      expect(view.message).toBe('请检查标出的内容后重试。');
    });

    it('keeps a BAD_USER_INPUT without a field as a general message', () => {
      const err = gql([{ message: '请指定租户', extensions: { code: 'BAD_USER_INPUT', reason: 'TENANT_REQUIRED' } }], 'en');
      expect(describeError(err, translator('zh-CN'))).toMatchObject({ fieldErrors: {}, message: '请先选择省份。' });
    });
  });

  it('tells a network failure from an HTTP failure without a GraphQL answer', () => {
    expect(describeError(new ApiError({ kind: 'network', locale: 'zh-CN' }), translator('zh-CN'))).toMatchObject({ code: 'NETWORK', title: '无法连接服务器', retryable: true });
    expect(describeError(new ApiError({ kind: 'http', status: 502, locale: 'en' }), translator('en'))).toMatchObject({
      code: 'HTTP',
      message: 'The server answered with status 502. Please try again later.',
    });
  });

  it('describes an error that is not from the API as unknown', () => {
    expect(describeError(new TypeError('boom'), translator('en'))).toMatchObject({ code: 'UNKNOWN', title: 'Something went wrong' });
  });
});
