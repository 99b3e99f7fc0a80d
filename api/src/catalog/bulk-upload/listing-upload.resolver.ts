import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { ListingUploadService } from './listing-upload.service.js';
import { FileDownloadType, ListingUploadType, ReportFormatEnum, UploadListingsInput } from './listing-upload.types.js';
import { buildUploadTemplate, XLSX_MIME } from './upload-template.js';

@Resolver(() => ListingUploadType)
export class ListingUploadResolver {
  constructor(private readonly uploads: ListingUploadService) {}

  @Roles(Role.Supplier, Role.TenantOperator)
  @Query(() => FileDownloadType, { description: 'The bulk-upload template (.xlsx, Chinese headers, an instructions sheet).' })
  async listingUploadTemplate() {
    return { fileName: '商品批量上传模板.xlsx', mimeType: XLSX_MIME, contentBase64: (await buildUploadTemplate()).toString('base64') };
  }

  @Roles(Role.Supplier)
  @Mutation(() => ListingUploadType, { description: 'Uploads listings from the template; rows are imported as drafts in the background — poll listingUpload.' })
  uploadListings(@CurrentTenant() ctx: TenantContext, @Args('input') input: UploadListingsInput) {
    return this.uploads.start(ctx, input.fileName, input.contentBase64);
  }

  @Roles(Role.Supplier)
  @Query(() => ListingUploadType, { description: 'One of your uploads: progress and row errors.' })
  listingUpload(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.uploads.get(ctx, id);
  }

  @Roles(Role.Supplier)
  @Query(() => FileDownloadType, { description: "An upload's row errors as a file to download." })
  async listingUploadErrorReport(
    @CurrentTenant() ctx: TenantContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('format', { type: () => ReportFormatEnum, defaultValue: 'xlsx' }) format: 'csv' | 'xlsx',
  ) {
    const file = await this.uploads.errorReport(ctx, id, format);
    return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: file.content.toString('base64') };
  }
}
