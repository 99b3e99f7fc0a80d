import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { FileDownloadType, ReportFormatEnum } from '../../catalog/bulk-upload/listing-upload.types.js';
import { XLSX_MIME } from '../../catalog/bulk-upload/upload-template.js';
import { ReferenceImportService } from './reference-import.service.js';
import { buildReferenceTemplate } from './reference-template.js';
import { ImportPriceReferencesInput, PriceReferenceImportType } from './inspection.types.js';

@Resolver(() => PriceReferenceImportType)
export class ReferenceImportResolver {
  constructor(private readonly imports: ReferenceImportService) {}

  @Roles(Role.TenantOperator, Role.Finance)
  @Query(() => FileDownloadType, { description: 'The reference price template (.xlsx, Chinese headers, an instructions sheet).' })
  async priceReferenceTemplate() {
    return { fileName: '参考价导入模板.xlsx', mimeType: XLSX_MIME, contentBase64: (await buildReferenceTemplate()).toString('base64') };
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => PriceReferenceImportType, { description: 'Imports reference prices from a file: good rows are imported, bad rows reported with their field and reason.' })
  importPriceReferences(@CurrentTenant() ctx: TenantContext, @Args('input') input: ImportPriceReferencesInput) {
    return this.imports.importFile(ctx, input.fileName, input.contentBase64);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => PriceReferenceImportType, { description: "Reads the province's price feed (inspection.referenceFeedUrl) now, as an import." })
  importPriceReferenceFeed(@CurrentTenant() ctx: TenantContext) {
    return this.imports.importFeed(ctx);
  }

  @Roles(Role.TenantOperator, Role.Finance)
  @Query(() => PriceReferenceImportType, { description: 'One reference price import with its row errors.' })
  priceReferenceImport(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.imports.get(ctx, id);
  }

  @Roles(Role.TenantOperator, Role.Finance)
  @Query(() => FileDownloadType, { description: "An import's row errors as a file to download." })
  async priceReferenceImportErrorReport(
    @CurrentTenant() ctx: TenantContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('format', { type: () => ReportFormatEnum, defaultValue: 'xlsx' }) format: 'csv' | 'xlsx',
  ) {
    const file = await this.imports.errorReport(ctx, id, format);
    return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: file.content.toString('base64') };
  }
}
