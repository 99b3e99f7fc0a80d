/** One entry of a GraphQL response's `errors`, as the API formats it. */
export interface GraphQLErrorItem {
  message: string;
  path?: readonly (string | number)[];
  extensions?: {
    code?: string;
    reason?: string;
    requestId?: string;
    /** Input path of the offending field (e.g. `input.amount`), when the API names one. */
    field?: string;
    /** Several offending fields at once, each with its own message. */
    fields?: readonly { field: string; message: string; reason?: string }[];
    [key: string]: unknown;
  };
}

export type ApiErrorKind = 'graphql' | 'http' | 'network';

/**
 * Why a request failed. `locale` is the language the request asked the server for, so the
 * display can tell whether the server's own message matches the language now shown.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly errors: readonly GraphQLErrorItem[];
  readonly status?: number;
  readonly locale: string;

  constructor(init: { kind: ApiErrorKind; errors?: readonly GraphQLErrorItem[]; status?: number; locale: string; cause?: unknown }) {
    super(init.errors?.[0]?.message ?? `${init.kind} error${init.status ? ` (HTTP ${init.status})` : ''}`, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.errors = init.errors ?? [];
    this.status = init.status;
    this.locale = init.locale;
  }

  /** The `extensions.code` values in this error, in order. */
  get codes(): string[] {
    return this.errors.map((e) => e.extensions?.code ?? '').filter(Boolean);
  }

  hasCode(code: string): boolean {
    return this.codes.includes(code);
  }
}
