import { Module } from '@nestjs/common';
import { OrganisationResolver } from './organisation.resolver.js';
import { OrganisationsModule } from './organisations.module.js';

/** The GraphQL face of organisations; only the API loads it. */
@Module({ imports: [OrganisationsModule], providers: [OrganisationResolver] })
export class OrganisationsApiModule {}
