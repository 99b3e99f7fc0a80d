import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '@zhengcai/schema';
import { AppModule } from './app.module.js';
import { GraphQLErrorFilter } from './platform/errors/graphql-error.filter.js';
import { GRAPHQL_PATH } from './platform/graphql/graphql.config.js';
import { QUEUE_BOARD_PATH, QueueBoard } from './platform/jobs/queue-board.js';
import { graphqlNulCharacters } from './platform/graphql/nul-characters.middleware.js';
import { graphqlRequestLimits } from './platform/graphql/request-limits.middleware.js';
import { NestPinoLogger } from './platform/logging/logger.js';
import { LOGGER, type Logger } from './platform/logging/logging.module.js';
import { requestScopeMiddleware } from './platform/logging/request-scope.middleware.js';

/** Builds the HTTP application (not yet listening); used by main, tests and SDL emission. */
export async function createHttpApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, abortOnError: false, bodyParser: false });
  return configureHttpApp(app, config);
}

/**
 * Middleware, filters and mounts of the API, then init. Separate from creation so that a test
 * can build the same application from a testing module with a provider overridden.
 */
export async function configureHttpApp(app: NestExpressApplication, config: AppConfig): Promise<NestExpressApplication> {
  const logger = app.get<Logger>(LOGGER);
  app.useLogger(new NestPinoLogger(logger));
  app.enableShutdownHooks();
  // Behind reverse proxies, the client IP (for login rate limits) is the one they forward.
  if (config.TRUST_PROXY_HOPS > 0) app.set('trust proxy', config.TRUST_PROXY_HOPS);
  // Nothing here is revalidated by tag (GraphQL answers are never stored, the open-data feed
  // is kept a minute by max-age): hashing every response body is CPU spent for nothing.
  app.set('etag', false);
  app.useGlobalFilters(new GraphQLErrorFilter());
  app.use(requestScopeMiddleware(logger));
  app.useBodyParser('json', { limit: '1mb' });
  app.use(QUEUE_BOARD_PATH, app.get(QueueBoard).handler());
  app.use(GRAPHQL_PATH, graphqlRequestLimits({ maxBatch: config.GRAPHQL_MAX_BATCH, maxDocumentChars: config.GRAPHQL_MAX_DOCUMENT_CHARS }));
  // After the limits: no scanning of requests that are refused for size anyway.
  app.use(GRAPHQL_PATH, graphqlNulCharacters());
  // Answers hold one user's view of one tenant: no browser or proxy may keep them.
  app.use(GRAPHQL_PATH, (_req: Request, res: Response, next: NextFunction) => { res.setHeader('cache-control', 'no-store'); next(); });
  app.enableCors({ origin: true, credentials: true, exposedHeaders: ['x-request-id'] });
  await app.init();
  return app;
}
