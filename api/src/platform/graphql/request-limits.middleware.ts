import type { NextFunction, Request, Response } from 'express';
import { localize, MESSAGES, type Reason } from '../errors/messages.js';
import { currentRequestScope } from '../logging/request-scope.js';

export interface RequestLimits {
  maxBatch: number;
  maxDocumentChars: number;
}

/**
 * Runs before Apollo parses anything: refuses batches with too many operations and query
 * documents that are too long, so that no parser or validator time is spent on them.
 */
export function graphqlRequestLimits(limits: RequestLimits) {
  return (req: Request, res: Response, next: NextFunction) => {
    const reject = (reason: Reason, max: number, actual: number) => {
      const scope = currentRequestScope();
      res.status(413).json({
        errors: [{
          message: localize(reason, scope?.locale ?? 'zh-CN', { max, actual }),
          extensions: { code: MESSAGES[reason].code, reason, requestId: scope?.requestId },
        }],
      });
    };
    const body: unknown = req.body;
    const operations = Array.isArray(body) ? body : [req.method === 'GET' ? req.query : body];
    if (operations.length > limits.maxBatch) return reject('BATCH_TOO_LARGE', limits.maxBatch, operations.length);
    for (const op of operations) {
      const query = op && typeof op === 'object' ? (op as { query?: unknown }).query : undefined;
      if (typeof query === 'string' && query.length > limits.maxDocumentChars) {
        return reject('DOCUMENT_TOO_LARGE', limits.maxDocumentChars, query.length);
      }
    }
    next();
  };
}
