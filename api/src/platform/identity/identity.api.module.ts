import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard.js';
import { IdentityModule } from './identity.module.js';
import { PlatformOperatorResolver } from './platform-operator/platform-operator.resolver.js';
import { SessionResolver } from './session.resolver.js';
import { UserResolver } from './user.resolver.js';

/** The GraphQL face of identity, and the guard every resolver passes. */
@Module({
  imports: [IdentityModule],
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }, SessionResolver, UserResolver, PlatformOperatorResolver],
})
export class IdentityApiModule {}
