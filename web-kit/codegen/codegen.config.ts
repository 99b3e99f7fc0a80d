import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * One output per package, each from that package's own documents: an app bundles only the
 * operations it uses, and shared operations (tenants, the current tenant) live in web-kit.
 * Types come from the committed SDL, never from a running server.
 */
export const GENERATED_DIRS = ['web-kit/src/graphql/generated/', 'storefront/src/graphql/generated/', 'tenant-admin/src/graphql/generated/'] as const;

const output = (dir: string): CodegenConfig['generates'][string] => {
  const pkg = dir.split('/')[0];
  return {
    preset: 'client',
    documents: [`${root}${pkg}/src/**/*.{ts,vue}`, `!${root}${pkg}/src/**/*.test.ts`, `!${root}${dir}**`],
    presetConfig: { fragmentMasking: false },
    config: {
      // Documents as strings: the client sends them as they are, so no graphql runtime ships.
      documentMode: 'string',
      useTypeImports: true,
      strictScalars: true,
      scalars: { Money: 'string', DateTime: 'string' },
      enumType: 'string-literal',
    },
  };
};

const config: CodegenConfig = {
  schema: `${root}schema/schema.graphql`,
  generates: Object.fromEntries(GENERATED_DIRS.map((dir) => [`${root}${dir}`, output(dir)])),
};

export default config;
