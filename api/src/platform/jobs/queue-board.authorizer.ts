import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AccessTokens } from '../identity/access-tokens.js';
import { authenticate } from '../identity/request-auth.js';

/**
 * Decides who may open the job queue board. The board shows every tenant's job payloads and
 * can retry or remove jobs, so only operators may pass.
 */
export interface QueueBoardAuthorizer {
  /** True only for an operator; anything else (including an error) keeps the board closed. */
  authorize(req: Request): boolean | Promise<boolean>;
}

export const QUEUE_BOARD_AUTHORIZER = Symbol('QUEUE_BOARD_AUTHORIZER');

/**
 * Platform operators only: the board spans every province's queues, so a tenant operator
 * would see other provinces' payloads. The operator's access token comes as a Bearer header.
 */
@Injectable()
export class PlatformOperatorQueueBoardAuthorizer implements QueueBoardAuthorizer {
  constructor(private readonly tokens: AccessTokens) {}

  async authorize(req: Request): Promise<boolean> {
    return (await authenticate(req, this.tokens)).kind === 'platform';
  }
}
