import { Module } from '@nestjs/common';
import { AccessTokens } from './access-tokens.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { LoginService } from './login.service.js';
import { MeService } from './me.service.js';
import { PasswordHasher } from './password-hasher.js';
import { OperatorLoginService } from './platform-operator/operator-login.service.js';
import { TenantOverviewService } from './platform-operator/tenant-overview.service.js';
import { SessionIssuer } from './session-issuer.js';
import { SessionRevocations } from './session-revocations.js';
import { SessionService } from './session.service.js';
import { UserRegistrationService } from './user-registration.service.js';

const SERVICES = [
  AccessTokens,
  PasswordHasher,
  LoginRateLimiter,
  SessionRevocations,
  SessionIssuer,
  LoginService,
  SessionService,
  MeService,
  UserRegistrationService,
  OperatorLoginService,
  TenantOverviewService,
];

/** Identity services: tokens, passwords, sessions, users, platform operators. */
@Module({ providers: SERVICES, exports: SERVICES })
export class IdentityModule {}
