import { ApiError, type GraphQLErrorItem } from '../graphql/api-error';

/** What a person sees about a failed request. */
export interface ErrorView {
  /** `extensions.code`, or NETWORK / HTTP / UNKNOWN when the API never answered with one. */
  code: string;
  reason?: string;
  title: string;
  message: string;
  /** BAD_USER_INPUT messages keyed by input path (`input.amount`), for the form fields. */
  fieldErrors: Record<string, string>;
  requestId?: string;
  /** Whether trying the same request again can help. */
  retryable: boolean;
}

export interface Translator {
  t: (key: string, params?: Record<string, unknown>) => string;
  te: (key: string) => boolean;
  locale: string;
}

const RETRYABLE = new Set(['NETWORK', 'HTTP', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'UNKNOWN']);

/** graphql-js names the failing variable path in coercion errors: `… at "input.amount"; …`. */
const VARIABLE_AT = /^Variable "\$([\w]+)" got invalid value .*? at "([^"]+)"/s;
const VARIABLE_ONLY = /^Variable "\$([\w]+)"/;

function fieldOf(item: GraphQLErrorItem): string | undefined {
  if (typeof item.extensions?.field === 'string') return item.extensions.field;
  const at = VARIABLE_AT.exec(item.message);
  if (at) return at[2];
  return VARIABLE_ONLY.exec(item.message)?.[1];
}

/**
 * Maps a failed request to localized text. Every code has a title and a default message in the
 * interface language; a known reason gets its own message. The server already localizes its
 * message (with specifics such as limits) in the language the request asked for: it is shown
 * while that is still the interface language, and the client's text after a switch.
 */
export function describeError(error: unknown, tr: Translator): ErrorView {
  if (!(error instanceof ApiError)) {
    return { code: 'UNKNOWN', title: tr.t('errors.code.UNKNOWN.title'), message: tr.t('errors.code.UNKNOWN.message'), fieldErrors: {}, retryable: true };
  }
  if (error.kind === 'network' || (error.kind === 'http' && error.errors.length === 0)) {
    const code = error.kind === 'network' ? 'NETWORK' : 'HTTP';
    return {
      code,
      title: tr.t(`errors.code.${code}.title`),
      message: tr.t(`errors.code.${code}.message`, { status: error.status ?? '-' }),
      fieldErrors: {},
      retryable: true,
    };
  }

  const sameLanguage = error.locale === tr.locale;
  // Only the API's own catalogue is localized; graphql-js texts (validation, coercion) are English.
  const serverLocalized = (item: GraphQLErrorItem) =>
    sameLanguage && !!item.message && (!!item.extensions?.reason || item.extensions?.code === 'INTERNAL_SERVER_ERROR');
  const messageFor = (item: GraphQLErrorItem, fallbackKey: string): string => {
    const reason = item.extensions?.reason;
    if (serverLocalized(item)) return item.message;
    if (reason && tr.te(`errors.reason.${reason}`)) return tr.t(`errors.reason.${reason}`);
    return tr.t(fallbackKey, { status: error.status ?? '-' });
  };

  const first = error.errors[0];
  const rawCode = first.extensions?.code ?? 'UNKNOWN';
  const code = tr.te(`errors.code.${rawCode}.title`) ? rawCode : 'UNKNOWN';
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];

  for (const item of error.errors) {
    const itemCode = item.extensions?.code ?? 'UNKNOWN';
    const fields = itemCode === 'BAD_USER_INPUT' ? item.extensions?.fields : undefined;
    if (fields?.length) {
      for (const f of fields) {
        fieldErrors[f.field] = messageFor({ message: f.message, extensions: { code: itemCode, reason: f.reason } }, 'errors.invalidField');
      }
      continue;
    }
    const field = itemCode === 'BAD_USER_INPUT' ? fieldOf(item) : undefined;
    if (field) {
      fieldErrors[field] = messageFor(item, 'errors.invalidField');
      continue;
    }
    const text = messageFor(item, `errors.code.${tr.te(`errors.code.${itemCode}.title`) ? itemCode : 'UNKNOWN'}.message`);
    if (!general.includes(text)) general.push(text);
  }

  const message = general.length ? general.join(' ') : tr.t(`errors.code.${code}.message`, { status: error.status ?? '-' });
  return {
    code,
    reason: first.extensions?.reason,
    title: tr.t(`errors.code.${code}.title`),
    message,
    fieldErrors,
    requestId: error.errors.find((e) => e.extensions?.requestId)?.extensions?.requestId,
    retryable: RETRYABLE.has(code),
  };
}
