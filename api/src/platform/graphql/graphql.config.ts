import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
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
    // No field sets a cache hint: the plugin would wrap every field's resolver to collect
    // none. The answers are marked no-store in http-app.ts instead.
    plugins: [ApolloServerPluginCacheControlDisabled()],
    validationRules: [queryLimitsRule({ maxDepth: config.GRAPHQL_MAX_DEPTH, maxAliases: config.GRAPHQL_MAX_ALIASES, maxCost: config.GRAPHQL_MAX_COST })],
    formatError: createErrorFormatter(logger),
    context: async ({ req }: { req: Request; res: Response }): Promise<GqlContext> => {
      const [tenant, auth] = await Promise.all([resolveTenant(req, directory), authenticate(req, tokens)]);
      return { req, tenant, auth };
    },
    // Subscriptions over graphql-ws on the same path: the tenant and token come in the
    // connection params (`x-tenant`, `authorization`) or the upgrade request's headers.
    subscriptions: {
      'graphql-ws': {
        path: GRAPHQL_PATH,
        context: async (ws: { connectionParams?: Readonly<Record<string, unknown>>; extra: { request: IncomingMessage } }): Promise<GqlContext> => {
          const req = socketRequest(ws.extra.request, ws.connectionParams ?? {});
          const [tenant, auth] = await Promise.all([resolveTenant(req, directory), authenticate(req, tokens)]);
          return { req, tenant, auth };
        },
        // Nest passes the whole object to graphql-ws's useServer, whose `context` this is.
      } as GraphQLWsSubscriptionsConfig,
    },
  };
}

/** The parts of an express Request that tenant resolution and authentication read, for a WebSocket. */
function socketRequest(request: IncomingMessage, params: Readonly<Record<string, unknown>>): Request {
  const param = (name: string) => {
    const value = Object.entries(params).find(([k]) => k.toLowerCase() === name)?.[1];
    return typeof value === 'string' ? value : undefined;
  };
  const header = (name: string) => {
    const key = name.toLowerCase();
    const value = request.headers[key];
    return param(key) ?? (Array.isArray(value) ? value[0] : value);
  };
  const hostname = (request.headers.host ?? '').replace(/:\d+$/, '');
  return { header, hostname, ip: request.socket.remoteAddress, socket: request.socket, headers: request.headers } as unknown as Request;
}
