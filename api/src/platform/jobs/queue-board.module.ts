import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { PlatformOperatorQueueBoardAuthorizer, QUEUE_BOARD_AUTHORIZER } from './queue-board.authorizer.js';
import { QueueBoard } from './queue-board.js';

/** The operators' job board; only the API loads it. */
@Module({
  imports: [IdentityModule],
  providers: [{ provide: QUEUE_BOARD_AUTHORIZER, useClass: PlatformOperatorQueueBoardAuthorizer }, QueueBoard],
  exports: [QueueBoard],
})
export class QueueBoardModule {}
