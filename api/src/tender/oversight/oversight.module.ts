import { Module } from '@nestjs/common';
import { TenancyModule } from '../../platform/tenancy/tenancy.module.js';
import { OversightQueries } from './oversight.queries.js';
import { OversightResolver } from './oversight.resolver.js';

/** The regulator's reads of tendering (GraphQL only). */
@Module({ imports: [TenancyModule], providers: [OversightQueries, OversightResolver] })
export class OversightModule {}
