import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Hands GraphQL errors (AppError included) straight to Apollo, so that the error formatter is
 * the one place that logs and translates them; Nest would otherwise log expected business
 * failures as server errors.
 */
@Catch(GraphQLError)
export class GraphQLErrorFilter implements GqlExceptionFilter {
  catch(exception: GraphQLError): GraphQLError {
    return exception;
  }
}
