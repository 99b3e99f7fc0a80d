import { Module } from '@nestjs/common';
import { ListingApprovalService } from './approval/listing-approval.service.js';
import { ListingUploadService } from './bulk-upload/listing-upload.service.js';
import { CategoryService } from './categories/category.service.js';
import { ListingAuthoringService } from './listings/listing-authoring.service.js';
import { ListingIndexingService } from './listings/listing-indexing.service.js';
import { ListingQueries } from './listings/listing.queries.js';
import { StandardProductService } from './standard-products/standard-product.service.js';
import { SearchModule } from './search/search.module.js';
import { SupplierStandingService } from './suppliers/supplier-standing.service.js';

const SERVICES = [
  CategoryService, StandardProductService, ListingQueries, ListingAuthoringService, ListingApprovalService, SupplierStandingService, ListingUploadService,
  ListingIndexingService,
];

/** Catalog services, shared by the API and the workers (ListingQueries.snapshot feeds the search index). */
@Module({ imports: [SearchModule], providers: SERVICES, exports: SERVICES })
export class CatalogModule {}
