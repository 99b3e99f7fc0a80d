import { Module } from '@nestjs/common';
import { TenantDirectory } from './tenant-directory.service.js';
import { TenantSettingsService } from './tenant-settings.service.js';
import { TenantService } from './tenant.service.js';

/** Tenancy services, shared by the API and the workers. */
@Module({
  providers: [TenantDirectory, TenantService, TenantSettingsService],
  exports: [TenantDirectory, TenantService, TenantSettingsService],
})
export class TenancyModule {}
