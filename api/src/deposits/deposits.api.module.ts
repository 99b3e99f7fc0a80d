import { Module } from '@nestjs/common';
import { DepositResolver } from './deposit.resolver.js';
import { DepositsModule } from './deposits.module.js';
import { GuaranteeResolver } from './guarantee.resolver.js';

/** The GraphQL face of deposits; only the API loads it. */
@Module({ imports: [DepositsModule], providers: [DepositResolver, GuaranteeResolver] })
export class DepositsApiModule {}
