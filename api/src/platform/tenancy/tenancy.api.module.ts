import { Module } from '@nestjs/common';
import { TenancyModule } from './tenancy.module.js';
import { TenantResolver } from './tenant.resolver.js';

/** The GraphQL face of tenancy; only the API loads it. */
@Module({ imports: [TenancyModule], providers: [TenantResolver] })
export class TenancyApiModule {}
