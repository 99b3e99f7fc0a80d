import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { currentRequestScope } from '../logging/request-scope.js';
import { ErrorCode } from './error-code.js';
import { isReason, localize, MESSAGES } from './messages.js';

/** Errors from parsing, validating or coercing a request: the client's to fix, shown as they are. */
export const CLIENT_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * The single exit for errors: known reasons become `extensions.code` plus a message in the
 * caller's language; client mistakes keep graphql's own text; anything else is a bug, logged
 * in full with the request id and reported to the client without stack, SQL or table names.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const scope = currentRequestScope();
    const locale = scope?.locale ?? 'zh-CN';
    const requestId = scope?.requestId;
    const original = unwrapResolverError(error);
    const ext = (original instanceof GraphQLError ? original.extensions : undefined) ?? formatted.extensions ?? {};
    const reason = ext.reason ?? formatted.extensions?.reason;
    const where = { locations: formatted.locations, path: formatted.path };

    if (isReason(reason)) {
      const params = (ext.params ?? formatted.extensions?.params ?? {}) as Record<string, string | number>;
      // `field` names the input path at fault, so a form can show the message beside it.
      const path = typeof params.field === 'string' ? params.field : variablePath(formatted.message);
      const field = path ? { field: path } : {};
      const details = (ext.details ?? {}) as Record<string, string>;
      return { message: localize(reason, locale, params), ...where, extensions: { ...details, code: MESSAGES[reason].code, reason, ...field, requestId } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code) && !(original instanceof Error && !(original instanceof GraphQLError))) {
      return { message: formatted.message, ...where, extensions: { code, requestId } };
    }
    logger.error({ err: original, requestId, path: formatted.path }, 'unhandled error while serving GraphQL');
    return { message: localize('INTERNAL', locale, { requestId: requestId ?? '-' }), path: formatted.path, extensions: { code: ErrorCode.Internal, requestId } };
  };
}

/**
 * The input path of a variable that failed coercion (a scalar such as Money refused it):
 * graphql-js names it in the message, `Variable "$input" got invalid value "1.234" at "input.price"`.
 * Returned relative to the variable (`price`), as services name fields; a bare variable gives its name.
 */
export function variablePath(message: string): string | undefined {
  const m = /^Variable "\$(\w+)" got invalid value .*?(?: at "\1\.([^"]+)")?;/s.exec(message);
  if (!m) return undefined;
  return m[2] ?? m[1];
}
