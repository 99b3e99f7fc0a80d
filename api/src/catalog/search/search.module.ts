import { availableParallelism } from 'node:os';
import { Module } from '@nestjs/common';
import type { AppConfig } from '@zhengcai/schema';
import { Meilisearch } from 'meilisearch';
import { Gate } from '../../platform/concurrency/gate.js';
import { APP_CONFIG } from '../../platform/config/config.module.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { LOGGER, type Logger } from '../../platform/logging/logging.module.js';
import { CachedSearchPort } from './cache/cached-search-port.js';
import { MeiliSearchAdapter } from './meili/meili-search.adapter.js';
import { PgSearchAdapter } from './pg/pg-search.adapter.js';
import { RankingWeightsService } from './ranking/ranking-weights.service.js';
import { SEARCH_PORT, type SearchPort } from './search-port.js';
import { SearchService } from './search.service.js';

function searchPort(config: AppConfig, db: TenantDb, logger: Logger): SearchPort {
  if (config.SEARCH_ENGINE === 'meilisearch') {
    // Config validation guarantees the URL when this engine is chosen.
    const client = new Meilisearch({ host: config.MEILISEARCH_URL!, apiKey: config.MEILISEARCH_API_KEY });
    return new MeiliSearchAdapter(db, client, config.SEARCH_CANDIDATE_CAP);
  }
  const admission = new Gate(config.SEARCH_CONCURRENCY ?? availableParallelism() + 1);
  const pgPort = new PgSearchAdapter(db, { cap: config.SEARCH_CANDIDATE_CAP, walk: config.SEARCH_RANK_WALK, reachFrom: config.SEARCH_REACH_FROM, anchorWalk: config.SEARCH_ANCHOR_WALK }, admission);
  if (config.SEARCH_CACHE_ENTRIES === 0) return pgPort;
  return new CachedSearchPort(pgPort, { databaseUrl: config.DATABASE_URL, entries: config.SEARCH_CACHE_ENTRIES, ttlMs: config.SEARCH_CACHE_TTL_MS }, logger);
}

/** Catalog search services, shared by the API and the workers. */
@Module({
  providers: [
    { provide: SEARCH_PORT, inject: [APP_CONFIG, TenantDb, LOGGER], useFactory: searchPort },
    SearchService,
    RankingWeightsService,
  ],
  exports: [SEARCH_PORT, SearchService, RankingWeightsService],
})
export class SearchModule {}
