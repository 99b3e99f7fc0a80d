import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@zhengcai/schema';
import { CatalogApiModule } from './catalog/catalog.api.module.js';
import { SearchApiModule } from './catalog/search/search.api.module.js';
import { PaymentsApiModule } from './payments/payments.api.module.js';
import { MallApiModule } from './mall/mall.api.module.js';
import { TenderApiModule } from './tender/tender.api.module.js';
import { DepositsApiModule } from './deposits/deposits.api.module.js';
import { OversightApiModule } from './oversight/oversight.api.module.js';
import { SourcingApiModule } from './sourcing/sourcing.api.module.js';
import { NotificationsApiModule } from './notifications/notifications.api.module.js';
import { FinancingApiModule } from './financing/financing.api.module.js';
import { AuditApiModule } from './platform/audit/audit.api.module.js';
import { CalendarApiModule } from './platform/calendar/calendar.api.module.js';
import { APP_CONFIG } from './platform/config/config.module.js';
import { graphqlOptions } from './platform/graphql/graphql.config.js';
import { HealthModule } from './platform/health/health.module.js';
import { QueueBoardModule } from './platform/jobs/queue-board.module.js';
import { AccessTokens } from './platform/identity/access-tokens.js';
import { IdentityApiModule } from './platform/identity/identity.api.module.js';
import { IdentityModule } from './platform/identity/identity.module.js';
import { LOGGER, type Logger } from './platform/logging/logging.module.js';
import { OrganisationsApiModule } from './platform/organisations/organisations.api.module.js';
import { PlatformModule } from './platform/platform.module.js';
import { TenancyApiModule } from './platform/tenancy/tenancy.api.module.js';
import { TenancyModule } from './platform/tenancy/tenancy.module.js';
import { TenantDirectory } from './platform/tenancy/tenant-directory.service.js';

/** The GraphQL API: the platform plus every context's resolvers. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [TenancyModule, IdentityModule],
          inject: [APP_CONFIG, LOGGER, TenantDirectory, AccessTokens],
          useFactory: (c: AppConfig, logger: Logger, directory: TenantDirectory, tokens: AccessTokens) => graphqlOptions(c, logger, directory, tokens),
        }),
        HealthModule,
        QueueBoardModule,
        TenancyApiModule,
        IdentityApiModule,
        OrganisationsApiModule,
        AuditApiModule,
        CalendarApiModule,
        CatalogApiModule,
        SearchApiModule,
        PaymentsApiModule,
        MallApiModule,
        TenderApiModule,
        DepositsApiModule,
        OversightApiModule,
        SourcingApiModule,
        NotificationsApiModule,
        FinancingApiModule,
      ],
    };
  }
}
