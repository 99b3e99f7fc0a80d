import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver.js';

/** The GraphQL face of the audit chain; only the API loads it. AuditModule is global. */
@Module({ providers: [AuditResolver] })
export class AuditApiModule {}
