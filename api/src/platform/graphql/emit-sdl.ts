import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { loadConfig } from '@zhengcai/schema';
import { createHttpApp } from '../../http-app.js';

/** Where the committed SDL lives; front-end codegen reads it. */
export const SDL_PATH = fileURLToPath(new URL('../../../../schema/schema.graphql', import.meta.url));

/**
 * Prints the schema the API serves. Needs no database or Redis: the app is built but never
 * connects (the ORM pool and the Redis client open lazily).
 */
export async function buildSdl(): Promise<string> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'postgres://sdl:sdl@127.0.0.1:1/sdl',
    REDIS_URL: 'redis://127.0.0.1:1',
  });
  const app = await createHttpApp(config);
  try {
    const schema = app.get(GraphQLSchemaHost).schema;
    return `# Generated from the API's code by \`pnpm sdl\`. Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildSdl().then((sdl) => {
    writeFileSync(SDL_PATH, sdl);
    console.log(`wrote ${SDL_PATH}`);
  });
}
