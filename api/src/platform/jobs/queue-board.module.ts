import { Module } from '@nestjs/common';
import { DenyAllQueueBoardAuthorizer, QUEUE_BOARD_AUTHORIZER } from './queue-board.authorizer.js';
import { QueueBoard } from './queue-board.js';

/** The operators' job board; only the API loads it. Replace the authorizer to let operators in. */
@Module({
  providers: [{ provide: QUEUE_BOARD_AUTHORIZER, useClass: DenyAllQueueBoardAuthorizer }, QueueBoard],
  exports: [QueueBoard],
})
export class QueueBoardModule {}
