import type { NestExpressApplication } from '@nestjs/platform-express';
import { type AppConfig, loadConfig } from '@zhengcai/schema';
import { createHttpApp } from '../src/http-app.js';

export interface TestApi {
  app: NestExpressApplication;
  url: string;
  /** POSTs a GraphQL operation; returns status and parsed body. */
  gql(query: string, options?: { variables?: object; headers?: Record<string, string> }): Promise<{ status: number; body: GqlBody }>;
  close(): Promise<void>;
}

export interface GqlBody {
  /** The answer as JSON: a test reads into it freely and asserts its shape. */
  data?: any;
  errors?: { message: string; extensions?: { code?: string; reason?: string; requestId?: string; field?: string } & Record<string, unknown> }[];
}

/** The real HTTP application on a random local port, against the test database and Redis. */
export async function startApi(overrides: Partial<Record<keyof AppConfig, string>> = {}): Promise<TestApi> {
  const config = loadConfig({ ...process.env, ...overrides });
  const app = await createHttpApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    async gql(query, options = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      return { status: res.status, body: (await res.json()) as GqlBody };
    },
    close: () => app.close(),
  };
}
