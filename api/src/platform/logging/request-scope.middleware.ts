import type { NextFunction, Request, Response } from 'express';
import { newId } from '@zhengcai/schema';
import type { Logger } from 'pino';
import { negotiateLocale } from '../errors/messages.js';
import { runInRequestScope } from './request-scope.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Gives each request an id (kept from x-request-id when sane) and a language, and logs it. */
export function requestScopeMiddleware(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : newId();
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    runInRequestScope({ requestId, locale: negotiateLocale(req.header('accept-language')) }, () => {
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        logger.info({ requestId, method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
      });
      next();
    });
  };
}
