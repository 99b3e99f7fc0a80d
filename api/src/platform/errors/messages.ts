import type { Locale } from '@zhengcai/schema';
import { ErrorCode } from './error-code.js';

type Params = Record<string, string | number>;
type Message = { code: ErrorCode; 'zh-CN': (p: Params) => string; en: (p: Params) => string };

/**
 * Every specific failure the API reports: its code and what a person reads, in each
 * supported language. A reason names what went wrong; the code says which kind it is.
 */
export const MESSAGES = {
  TENANT_REQUIRED: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '请指定租户：使用省份域名访问，或在请求头 x-tenant 中填写省份代码（如 330000）。',
    en: () => 'No tenant given: use the province host name, or send the province code (e.g. 330000) in the x-tenant header.',
  },
  TENANT_UNKNOWN: {
    code: ErrorCode.NotFound,
    'zh-CN': (p) => `租户“${p.hint}”不存在，请检查省份代码或域名。`,
    en: (p) => `There is no tenant "${p.hint}": check the province code or host name.`,
  },
  PAGE_SIZE: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `每页条数 first 须在 1 到 ${p.max} 之间，收到 ${p.actual}。`,
    en: (p) => `first must be between 1 and ${p.max}; got ${p.actual}.`,
  },
  INVALID_CURSOR: {
    code: ErrorCode.BadUserInput,
    'zh-CN': () => '分页游标 after 无效，请使用上一页返回的 endCursor。',
    en: () => 'The after cursor is not valid: pass the endCursor of the previous page.',
  },
  MONEY_FORMAT: {
    code: ErrorCode.BadUserInput,
    'zh-CN': (p) => `金额“${p.value}”格式不正确，请以字符串填写元，最多两位小数，如 "1234.50"。`,
    en: (p) => `The amount "${p.value}" is not valid: give yuan as a string with up to two decimals, e.g. "1234.50".`,
  },
  QUERY_TOO_DEEP: {
    code: ErrorCode.QueryTooComplex,
    'zh-CN': (p) => `查询嵌套 ${p.actual} 层，超过上限 ${p.max} 层，请拆分查询。`,
    en: (p) => `The query is nested ${p.actual} levels deep; the limit is ${p.max}. Split it into smaller queries.`,
  },
  TOO_MANY_ALIASES: {
    code: ErrorCode.QueryTooComplex,
    'zh-CN': (p) => `查询使用了 ${p.actual} 个别名，超过上限 ${p.max} 个。`,
    en: (p) => `The query uses ${p.actual} aliases; the limit is ${p.max}.`,
  },
  QUERY_TOO_COSTLY: {
    code: ErrorCode.QueryTooComplex,
    'zh-CN': (p) => `查询估算成本 ${p.actual} 超过上限 ${p.max}，请减少每页条数或字段。`,
    en: (p) => `The query's estimated cost is ${p.actual}; the limit is ${p.max}. Ask for fewer items or fields.`,
  },
  BATCH_TOO_LARGE: {
    code: ErrorCode.RequestTooLarge,
    'zh-CN': (p) => `一次批量请求包含 ${p.actual} 个操作，超过上限 ${p.max} 个。`,
    en: (p) => `The batch holds ${p.actual} operations; the limit is ${p.max}.`,
  },
  DOCUMENT_TOO_LARGE: {
    code: ErrorCode.RequestTooLarge,
    'zh-CN': (p) => `查询文本长 ${p.actual} 个字符，超过上限 ${p.max} 个。`,
    en: (p) => `The query text is ${p.actual} characters long; the limit is ${p.max}.`,
  },
  QUEUE_BOARD_SIGN_IN: {
    code: ErrorCode.Unauthenticated,
    'zh-CN': () => '请先以运维人员身份登录，再打开任务队列面板。',
    en: () => 'Sign in as an operator to open the job queue board.',
  },
  QUEUE_BOARD_FORBIDDEN: {
    code: ErrorCode.Forbidden,
    'zh-CN': () => '只有平台运维人员可以查看任务队列面板。',
    en: () => 'Only platform operators may open the job queue board.',
  },
  INTERNAL: {
    code: ErrorCode.Internal,
    'zh-CN': (p) => `服务器内部错误，请稍后重试。如需协助，请提供请求号 ${p.requestId}。`,
    en: (p) => `Something went wrong on our side. Please try again; if it persists, quote request id ${p.requestId}.`,
  },
} satisfies Record<string, Message>;

export type Reason = keyof typeof MESSAGES;

export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value);
}

export function localize(reason: Reason, locale: Locale, params: Params = {}): string {
  return MESSAGES[reason][locale](params);
}

/** Picks the first supported language from an Accept-Language header; zh-CN by default. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
