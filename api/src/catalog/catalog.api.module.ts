import { Module } from '@nestjs/common';
import { ListingApprovalResolver } from './approval/listing-approval.resolver.js';
import { ListingUploadResolver } from './bulk-upload/listing-upload.resolver.js';
import { CatalogModule } from './catalog.module.js';
import { CategoryResolver } from './categories/category.resolver.js';
import { ListingResolver } from './listings/listing.resolver.js';
import { StandardProductResolver } from './standard-products/standard-product.resolver.js';
import { SupplierStandingResolver } from './suppliers/supplier-standing.resolver.js';

/** The GraphQL face of the catalog; only the API loads it. */
@Module({
  imports: [CatalogModule],
  providers: [CategoryResolver, StandardProductResolver, ListingResolver, ListingApprovalResolver, SupplierStandingResolver, ListingUploadResolver],
})
export class CatalogApiModule {}
