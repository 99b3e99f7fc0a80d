import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS and ESM copies; Vite would pick the ESM one for our sources while
// Nest and Apollo load the CommonJS one, and graphql refuses types from "another module".
// Node itself resolves the CommonJS entry, so tests use that too.
const graphqlCjs = createRequire(new URL('./api/package.json', import.meta.url)).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    include: ['{schema,api,workers}/src/**/*.{spec,test}.ts', '{schema,api,workers}/test/**/*.{spec,test}.ts'],
    globalSetup: ['./api/test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.run/test-results.json' }]],
  },
});
