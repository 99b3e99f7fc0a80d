import { Module } from '@nestjs/common';
import { OrganisationDirectoryService } from './organisation-directory.service.js';
import { OrganisationRegistrationService } from './organisation-registration.service.js';

/** Organisation services, shared by the API and the workers. */
@Module({
  providers: [OrganisationDirectoryService, OrganisationRegistrationService],
  exports: [OrganisationDirectoryService, OrganisationRegistrationService],
})
export class OrganisationsModule {}
