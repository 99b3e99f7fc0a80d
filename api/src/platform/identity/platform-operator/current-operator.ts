import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../../errors/app-error.js';
import type { GqlContext } from '../../graphql/gql-context.js';

/** Resolver parameter: the id of the logged-in platform operator; refuses any other caller. */
export const CurrentOperator = createParamDecorator((_data: unknown, execution: ExecutionContext): string => {
  const auth = GqlExecutionContext.create(execution).getContext<GqlContext>().auth;
  if (auth.kind !== 'platform') throw new AppError('AUTHENTICATION_REQUIRED');
  return auth.claims.operatorId;
});
