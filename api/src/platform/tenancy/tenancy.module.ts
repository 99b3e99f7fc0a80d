import { Module } from '@nestjs/common';
import { TenantDirectory } from './tenant-directory.service.js';
import { TenantService } from './tenant.service.js';

/** Tenancy services, shared by the API and the workers. */
@Module({
  providers: [TenantDirectory, TenantService],
  exports: [TenantDirectory, TenantService],
})
export class TenancyModule {}
