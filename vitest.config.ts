import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS and .mjs side by side without an exports map: Vite would pick the
// .mjs copy for our sources while Nest loads the CommonJS one, and two graphql instances break
// `instanceof` checks (custom scalars). Point every import at the copy Node itself resolves.
const fromApi = createRequire(new URL('./api/package.json', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: fromApi.resolve('graphql') }],
  },
  test: {
    include: ['{schema,api,workers}/src/**/*.{spec,test}.ts', '{schema,api,workers}/test/**/*.{spec,test}.ts'],
    globalSetup: ['./api/test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.run/test-results.json' }]],
  },
});
