import { Global, Module } from '@nestjs/common';
import { AUDIT_WRITER } from '../database/tx-effects.js';
import { AuditChainWriter } from './audit-chain.writer.js';
import { AuditVerifier } from './audit-verifier.service.js';
import { AuditTrail } from './audit-trail.service.js';

/**
 * The audit chain for every entry point. Global because TenantDb (in the global
 * DatabaseModule) looks the AUDIT_WRITER token up from its own module's scope.
 */
@Global()
@Module({
  providers: [
    AuditChainWriter,
    { provide: AUDIT_WRITER, useExisting: AuditChainWriter },
    AuditVerifier,
    AuditTrail,
  ],
  exports: [AUDIT_WRITER, AuditChainWriter, AuditVerifier, AuditTrail],
})
export class AuditModule {}
