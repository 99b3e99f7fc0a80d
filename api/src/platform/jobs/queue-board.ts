import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { localize, MESSAGES, type Reason } from '../errors/messages.js';
import { currentRequestScope } from '../logging/request-scope.js';
import { JobQueues } from './job-queues.js';
import { QUEUE_BOARD_AUTHORIZER, type QueueBoardAuthorizer } from './queue-board.authorizer.js';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * Bull Board for operators: every queue of the catalogue, its failed jobs with their errors,
 * and retry. Built on the first authorised request, so the API starts without Redis.
 */
@Injectable()
export class QueueBoard {
  private router?: RequestHandler;

  constructor(
    private readonly queues: JobQueues,
    @Inject(QUEUE_BOARD_AUTHORIZER) private readonly authorizer: QueueBoardAuthorizer,
  ) {}

  /** Express middleware to mount at QUEUE_BOARD_PATH. */
  handler(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      Promise.resolve()
        .then(() => this.authorizer.authorize(req))
        .then((allowed) => {
          if (allowed !== true) return refuse(req, res);
          this.router ??= this.build();
          return this.router(req, res, next);
        })
        .catch(next);
    };
  }

  private build(): RequestHandler {
    const adapter = new ExpressAdapter();
    adapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: this.queues.all().map((q) => new BullMQAdapter(q)),
      serverAdapter: adapter,
      options: { uiConfig: { boardTitle: 'zhengcai jobs' } },
    });
    return adapter.getRouter() as RequestHandler;
  }
}

/** 401 when the request shows no credentials at all, 403 when they are not an operator's. */
function refuse(req: Request, res: Response): void {
  const credentials = Boolean(req.header('authorization') || req.header('cookie'));
  const reason: Reason = credentials ? 'QUEUE_BOARD_FORBIDDEN' : 'QUEUE_BOARD_SIGN_IN';
  const scope = currentRequestScope();
  if (!credentials) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(credentials ? 403 : 401).json({
    errors: [{ message: localize(reason, scope?.locale ?? 'zh-CN'), extensions: { code: MESSAGES[reason].code, reason, requestId: scope?.requestId } }],
  });
}
