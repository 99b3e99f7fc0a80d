import { Module } from '@nestjs/common';
import { DepositResolver } from './deposit.resolver.js';
import { DepositsModule } from './deposits.module.js';

/** The GraphQL face of deposits; only the API loads it. */
@Module({ imports: [DepositsModule], providers: [DepositResolver] })
export class DepositsApiModule {}
