import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '@zhengcai/schema';
import { createErrorFormatter } from '../errors/format-error.js';
import type { AccessTokens } from '../identity/access-tokens.js';
import { authenticate } from '../identity/request-auth.js';
import { resolveTenant } from '../tenancy/tenant-resolution.js';
import type { TenantDirectory } from '../tenancy/tenant-directory.service.js';
import type { GqlContext } from './gql-context.js';
import { MoneyScalar } from './money.scalar.js';
import { queryLimitsRule } from './query-limits.rule.js';

export const GRAPHQL_PATH = '/graphql';

export function graphqlOptions(config: AppConfig, logger: Logger, directory: TenantDirectory, tokens: AccessTokens): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  return {
    driver: ApolloDriver,
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { dateScalarMode: 'isoDate' },
    resolvers: { Money: MoneyScalar },
    playground: false,
    graphiql: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: true,
    validationRules: [queryLimitsRule({ maxDepth: config.GRAPHQL_MAX_DEPTH, maxAliases: config.GRAPHQL_MAX_ALIASES, maxCost: config.GRAPHQL_MAX_COST })],
    formatError: createErrorFormatter(logger),
    context: async ({ req }: { req: Request; res: Response }): Promise<GqlContext> => {
      const [tenant, auth] = await Promise.all([resolveTenant(req, directory), authenticate(req, tokens)]);
      return { req, tenant, auth };
    },
  };
}
