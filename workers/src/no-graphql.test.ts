import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runtimeImports, scanImports, workerSources } from '../test/import-graph.ts';
import { testConfig, uniquePrefix, workerApp } from '../test/helpers.ts';

/** The rule "workers never import resolvers", checked two ways: the import graph and the booted module. */
describe('workers load no GraphQL', () => {
  describe('import graph', () => {
    it('reaches no resolver, API-only module or GraphQL package from any worker source', () => {
      const { reached, findings } = scanImports(workerSources());
      expect(findings).toEqual([]);
      // It does follow imports into the API's sources, through the package name.
      expect(reached).toContain(join(ROOT, 'api/src/platform/database/tenant-db.ts'));
      expect(reached).toContain(join(ROOT, 'api/src/platform/tenancy/tenant.service.ts'));
    });

    it('flags a worker file that reaches a resolver, however indirectly, and shows the way there', () => {
      // A file that exists only in this test, so no bad import is ever left in the tree.
      const entry = join(ROOT, 'workers/src/reports/monthly-report.processor.ts');
      const read = (path: string) =>
        path === entry ? `import { TenancyApiModule } from '@zhengcai/api/platform/tenancy/tenancy.api.module';\n` : readFileSync(path, 'utf8');
      const { findings } = scanImports([entry], read);
      expect(findings.map((f) => [f.file, f.problem])).toEqual(
        expect.arrayContaining([
          ['api/src/platform/tenancy/tenancy.api.module.ts', 'API-only file (GraphQL resolvers and their modules)'],
          ['api/src/platform/tenancy/tenant.resolver.ts', 'API-only file (GraphQL resolvers and their modules)'],
          ['api/src/platform/tenancy/tenant.resolver.ts', 'imports @nestjs/graphql'],
        ]),
      );
      const resolver = findings.find((f) => f.file.endsWith('tenant.resolver.ts'))!;
      expect(resolver.chain).toEqual([
        'workers/src/reports/monthly-report.processor.ts',
        'api/src/platform/tenancy/tenancy.api.module.ts',
        'api/src/platform/tenancy/tenant.resolver.ts',
      ]);
    });

    it('ignores imports that compile away (type-only) and sees the ones that do not', () => {
      expect(runtimeImports('a.ts', `import type { A } from 'x';\nimport { type B, type C } from 'y';\nexport type { D } from 'z';`)).toEqual([]);
      expect(runtimeImports('a.ts', `import { type B, c } from 'y';\nimport 'side';\nexport * from 'all';\nconst m = await import('lazy');`)).toEqual(['y', 'side', 'all', 'lazy']);
    });
  });

  describe('booted worker module', () => {
    let app: INestApplicationContext;
    beforeAll(async () => {
      app = await workerApp(testConfig(uniquePrefix('nographql')));
    });
    afterAll(() => app.close());

    /** Classes carrying any of @nestjs/graphql's metadata (`graphql:*` keys), on the class or its methods. */
    const graphqlMarked = (type: Function): boolean => {
      const keysOf = (target: object) => Reflect.getMetadataKeys(target).filter((k): k is string => typeof k === 'string' && k.startsWith('graphql:'));
      // Descriptors, not property reads: reading a getter on a bare prototype can throw.
      const proto = type.prototype ?? {};
      const methods = Object.getOwnPropertyNames(proto).map((m) => Object.getOwnPropertyDescriptor(proto, m)?.value).filter((f) => typeof f === 'function');
      return keysOf(type).length > 0 || methods.some((m) => keysOf(m as object).length > 0);
    };

    it('has no provider or controller with GraphQL resolver metadata', async () => {
      const classes: Function[] = [];
      for (const module of app.get(ModulesContainer).values()) {
        for (const wrapper of [...module.providers.values(), ...module.controllers.values()]) {
          if (typeof wrapper.metatype === 'function') classes.push(wrapper.metatype);
        }
      }
      expect(classes.length).toBeGreaterThan(10);
      expect(classes.filter(graphqlMarked).map((c) => c.name)).toEqual([]);
      // The check recognises a resolver when it sees one.
      const { TenantResolver } = await import('@zhengcai/api/platform/tenancy/tenant.resolver');
      expect(graphqlMarked(TenantResolver)).toBe(true);
    });
  });
});
