import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { XLSX_MIME } from '../../catalog/bulk-upload/upload-template.js';
import { FileDownloadType } from '../../catalog/bulk-upload/listing-upload.types.js';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { buildPenaltyTemplate, IntegrityPenaltyImport } from './integrity-penalty-import.js';
import { ImportIntegrityPenaltiesInput, IntegrityPenaltyImportResultType } from './integrity-penalty-import.types.js';

@Resolver()
export class IntegrityPenaltyImportResolver {
  constructor(private readonly imports: IntegrityPenaltyImport) {}

  @Roles(Role.TenantOperator, Role.Finance)
  @Query(() => FileDownloadType, { description: 'The template for importing administrative penalties and blacklist records (.xlsx, Chinese headers, an instructions sheet).' })
  async integrityPenaltyImportTemplate() {
    return { fileName: '诚信处罚记录导入模板.xlsx', mimeType: XLSX_MIME, contentBase64: (await buildPenaltyTemplate()).toString('base64') };
  }

  @Roles(Role.TenantOperator, Role.Finance)
  @Mutation(() => IntegrityPenaltyImportResultType, { description: 'Imports penalties and blacklist records from the template: each good row is recorded on its own (scores recomputed), bad rows come back as errors; a decision already imported is not recorded again.' })
  importIntegrityPenalties(@CurrentTenant() ctx: TenantContext, @Args('input') input: ImportIntegrityPenaltiesInput) {
    return this.imports.import(ctx, input.fileName, input.contentBase64);
  }
}
