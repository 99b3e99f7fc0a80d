import { AppError } from '../errors/app-error.js';
import type { Reason } from '../errors/messages.js';

/** One named transition: the states it is legal from, and the state it leads to ('same': stays). */
export interface Transition<S extends string> {
  readonly from: readonly S[];
  readonly to: S | 'same';
}

/**
 * Every life cycle (listings, orders, payments, and the tenders and deposits to come) is a table
 * of named transitions. This turns a table into its step function: the state after an action,
 * or a CONFLICT with `refusal` naming the current state and the attempted action.
 */
export function stateMachine<S extends string, A extends string>(
  table: Readonly<Record<A, Transition<S>>>,
  refusal: Reason,
): (state: S, action: A) => S {
  return (state, action) => {
    const t = table[action];
    if (!t.from.includes(state)) throw new AppError(refusal, { state, action });
    return t.to === 'same' ? state : t.to;
  };
}
