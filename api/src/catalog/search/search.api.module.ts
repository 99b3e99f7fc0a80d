import { Module } from '@nestjs/common';
import { SearchModule } from './search.module.js';
import { SearchResolver } from './search.resolver.js';

/** The GraphQL face of catalog search; only the API loads it. */
@Module({ imports: [SearchModule], providers: [SearchResolver] })
export class SearchApiModule {}
