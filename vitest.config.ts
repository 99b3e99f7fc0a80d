import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{schema,api,workers}/src/**/*.{spec,test}.ts', '{schema,api,workers}/test/**/*.{spec,test}.ts'],
    globalSetup: ['./api/test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.run/test-results.json' }]],
  },
});
