import { GraphQLError } from 'graphql';
import { MESSAGES, type Reason } from './messages.js';

/**
 * A failure a client should see: a reason from the message catalogue and its parameters.
 * The error formatter turns it into `extensions.code` and a message in the caller's language.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly reason: Reason,
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason, { extensions: { code: MESSAGES[reason].code, reason, params } });
    this.name = 'AppError';
  }
}
