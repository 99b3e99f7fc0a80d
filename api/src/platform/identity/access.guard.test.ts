import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Query, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppModule } from '../../app.module.js';
import { GraphQLErrorFilter } from '../errors/graphql-error.filter.js';

// An operation someone added without saying who may call it. Decorators are applied by hand:
// test files are outside the tsconfig that turns decorator syntax on.
class ForgottenResolver {
  forgottenSecret() {
    return 'should never be served';
  }
}
Reflect.decorate([Query(() => String)], ForgottenResolver.prototype, 'forgottenSecret', Object.getOwnPropertyDescriptor(ForgottenResolver.prototype, 'forgottenSecret'));
Reflect.decorate([Resolver()], ForgottenResolver);

class ForgottenController {
  get() {
    return { secret: 'should never be served' };
  }
}
Reflect.decorate([Get()], ForgottenController.prototype, 'get', Object.getOwnPropertyDescriptor(ForgottenController.prototype, 'get'));
Reflect.decorate([Controller('forgotten')], ForgottenController);

class ForgottenModule {}
Reflect.decorate([Module({ providers: [ForgottenResolver], controllers: [ForgottenController] })], ForgottenModule);

describe('the global access guard', () => {
  let app: NestExpressApplication;
  let url: string;

  beforeAll(async () => {
    const config = loadConfig(process.env);
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config), ForgottenModule] }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>();
    app.useGlobalFilters(new GraphQLErrorFilter());
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(() => app.close());

  it('refuses a resolver that declares neither @Public nor @Roles', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenant': '330000', 'accept-language': 'en' },
      body: JSON.stringify({ query: '{ forgottenSecret }' }),
    });
    const body = (await res.json()) as { data: unknown; errors: { message: string; extensions: { code: string; reason: string } }[] };
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS_NOT_DECLARED' });
    expect(body.errors[0].message).toContain('ForgottenResolver.forgottenSecret');
  });

  it('refuses an undeclared HTTP route, and serves the declared public ones', async () => {
    expect((await fetch(`${url}/forgotten`)).status).toBe(403);
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
  });
});
