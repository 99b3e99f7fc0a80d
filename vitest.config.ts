import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS and .mjs side by side without an exports map: Vite would pick the
// .mjs copy for our sources while Nest loads the CommonJS one, and two graphql instances break
// `instanceof` checks (custom scalars). Point every import at the copy Node itself resolves.
const fromApi = createRequire(new URL('./api/package.json', import.meta.url));
const apiSources = fileURLToPath(new URL('./api/src/', import.meta.url));

// The server files and the web apps' own files run two at a time: most server files spend their
// time waiting on PostgreSQL, Redis and timers, so the two cores stay busy. The browser journeys
// run afterwards, one at a time: each drives the whole product and a browser and needs the cores to
// itself (with another file beside it, timed browser steps ran out). vitest requires one worker
// count within a group.
const sideBySide = { maxWorkers: 2, sequence: { groupOrder: 0 } };
const serverSetup = { globalSetup: ['./api/test/global-setup.ts'], setupFiles: ['./api/test/file-setup.ts'] };

export default defineConfig({
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: fromApi.resolve('graphql') },
      // Workers import the API by its package name, which Node resolves to the build. In tests the
      // API's sources are the one copy: two copies of a GraphQL type would meet in one schema when
      // files share a process.
      { find: /^@zhengcai\/api\/(.*)$/, replacement: `${apiSources}$1` },
    ],
  },
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.run/test-results.json' }]],
    projects: [
      {
        // Server code and the codegen freshness check: real PostgreSQL and Redis, one migrated
        // database per run. Files share a process (no isolation): each loads the application
        // once instead of once per file, and each keeps to tenants and queues of its own
        // (api/test/file-setup.ts).
        test: {
          name: 'node',
          include: [
            '{schema,api,workers}/src/**/*.{spec,test}.ts',
            '{schema,api,workers}/test/**/*.{spec,test}.ts',
            'web-kit/test/**/*.test.ts',
          ],
          isolate: false,
          ...serverSetup,
          ...sideBySide,
        },
      },
      {
        // Stores, composables and components of the web apps, in jsdom; one document for all
        // files (each test mounts its own component and store), which takes 40 s down to 4.
        plugins: [vue()],
        test: {
          name: 'web',
          include: ['{web-kit,storefront,tenant-admin}/src/**/*.test.ts'],
          environment: 'jsdom',
          isolate: false,
          server: { deps: { inline: ['element-plus'] } },
          ...sideBySide,
        },
      },
      {
        // Pure helpers of the load benches (the benches themselves are not tests): no database.
        test: { name: 'bench', include: ['bench/src/**/*.spec.ts'], ...sideBySide },
      },
      {
        // Browser journeys through the built web apps, the API and the workers, one at a time.
        // A journey is a person's whole errand: on a busy 2-core machine the longest take half a
        // minute, and a page gets 10 s (not vitest's 1 s) to show what `expect.poll` waits for.
        // These belong here, not in a `vi.setConfig` in a shared module: vitest resets that
        // after each file, and files sharing a process import the module only once.
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          isolate: false,
          testTimeout: 90_000,
          expect: { poll: { interval: 50, timeout: 10_000 } },
          ...serverSetup,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
