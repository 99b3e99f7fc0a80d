import type { NextFunction, Request, Response } from 'express';
import { localize, MESSAGES } from '../errors/messages.js';
import { currentRequestScope } from '../logging/request-scope.js';

/** A NUL written literally in a document: the character itself or a `\u0000` / `\u{0}` escape. */
const NUL_IN_DOCUMENT = /\u0000|\\u0000|\\u\{0+\}/i;

/** The path (relative to its variable, as services name fields) of the first string holding a NUL. */
export function nulPath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nulPath(v, path ? `${path}.${k}` : k);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * PostgreSQL cannot store U+0000 in text or jsonb, so a NUL anywhere in a request's strings would
 * fail deep inside a write. Refused up front instead, naming the field, before any work is done.
 */
export function graphqlNulCharacters() {
  return (req: Request, res: Response, next: NextFunction) => {
    const body: unknown = req.body;
    const operations = Array.isArray(body) ? body : [req.method === 'GET' ? req.query : body];
    for (const op of operations) {
      if (!op || typeof op !== 'object') continue;
      const { query, variables } = op as { query?: unknown; variables?: unknown };
      let field: string | undefined;
      if (typeof query === 'string' && NUL_IN_DOCUMENT.test(query)) field = 'query';
      else if (variables && typeof variables === 'object') {
        for (const [name, value] of Object.entries(variables)) {
          const inner = nulPath(value);
          if (inner !== undefined) {
            field = inner === '' || inner.startsWith('[') ? `${name}${inner}` : inner;
            break;
          }
        }
      }
      if (field !== undefined) {
        const scope = currentRequestScope();
        return res.status(400).json({
          errors: [{
            message: localize('TEXT_CONTROL_CHARACTERS', scope?.locale ?? 'zh-CN', { field }),
            extensions: { code: MESSAGES.TEXT_CONTROL_CHARACTERS.code, reason: 'TEXT_CONTROL_CHARACTERS', field, requestId: scope?.requestId },
          }],
        });
      }
    }
    next();
  };
}
