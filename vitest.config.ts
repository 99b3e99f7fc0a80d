import { createRequire } from 'node:module';
import vue from '@vitejs/plugin-vue';
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
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.run/test-results.json' }]],
    projects: [
      {
        // Server code, the codegen freshness check and the browser journeys: real PostgreSQL
        // and Redis, one migrated database per run.
        test: {
          name: 'node',
          include: [
            '{schema,api,workers}/src/**/*.{spec,test}.ts',
            '{schema,api,workers}/test/**/*.{spec,test}.ts',
            'web-kit/test/**/*.test.ts',
            'e2e/**/*.test.ts',
          ],
          globalSetup: ['./api/test/global-setup.ts'],
          setupFiles: ['./api/test/file-setup.ts'],
        },
      },
      {
        // Stores, composables and components of the web apps, in jsdom.
        plugins: [vue()],
        test: {
          name: 'web',
          include: ['{web-kit,storefront,tenant-admin}/src/**/*.test.ts'],
          environment: 'jsdom',
          server: { deps: { inline: ['element-plus'] } },
        },
      },
      {
        // Pure helpers of the load benches (the benches themselves are not tests): no database.
        test: { name: 'bench', include: ['bench/src/**/*.spec.ts'] },
      },
    ],
  },
});
