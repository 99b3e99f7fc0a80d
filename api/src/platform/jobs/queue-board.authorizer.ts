import { Injectable } from '@nestjs/common';
import type { Request } from 'express';

/**
 * Decides who may open the job queue board. The board shows every tenant's job payloads and
 * can retry or remove jobs, so only operators may pass.
 */
export interface QueueBoardAuthorizer {
  /** True only for an operator; anything else (including an error) keeps the board closed. */
  authorize(req: Request): boolean | Promise<boolean>;
}

export const QUEUE_BOARD_AUTHORIZER = Symbol('QUEUE_BOARD_AUTHORIZER');

/** The secure default until identity provides operators: nobody opens the board. */
@Injectable()
export class DenyAllQueueBoardAuthorizer implements QueueBoardAuthorizer {
  authorize(): boolean {
    return false;
  }
}
