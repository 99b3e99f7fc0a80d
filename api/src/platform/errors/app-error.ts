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
    /** Machine-readable facts a client acts on (the current price, the required route), sent as extensions. */
    readonly details: Record<string, string> = {},
  ) {
    super(reason, { extensions: { code: MESSAGES[reason].code, reason, params, details } });
    this.name = 'AppError';
  }
}
