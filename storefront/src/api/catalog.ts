import { graphql } from '../graphql/generated';

/** The whole category tree, for the category picker. */
export const CategoryTreeQuery = graphql(`
  query CategoryTree {
    categoryTree { id code name parentCode level energySavingMandatory }
  }
`);

/** Standard products of one category, for the optional product picker. */
export const StandardProductsOfCategoryQuery = graphql(`
  query StandardProductsOfCategory($categoryCode: String, $first: Int) {
    standardProducts(categoryCode: $categoryCode, first: $first) {
      nodes { id brand model name categoryCode specs { key value } }
    }
  }
`);

/** One standard product's specs, for the listing page. */
export const StandardProductQuery = graphql(`
  query StandardProduct($id: ID!) {
    standardProduct(id: $id) { id brand model name specs { key value } }
  }
`);

/** A page of the supplier's own listings, newest first, optionally of one state. */
export const MyListingsQuery = graphql(`
  query MyListings($state: ListingState, $first: Int, $after: String) {
    myListings(state: $state, first: $first, after: $after) {
      nodes {
        id state title categoryCode categoryName price stock updatedAt submittedAt
        rejectionReason delistedBy delistReason
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Everything the listing page and the editor show. */
export const ListingQuery = graphql(`
  query Listing($id: ID!) {
    listing(id: $id) {
      id state title description brand model price stock warrantyMonths
      categoryCode categoryName standardProductId
      deliveryRegionCodes imageUrls
      policyTags { tag certificateNo issuer validUntil valid }
      supplierId supplierName supplierRegionCode supplierIntegrityBlocked supplierIntegrityBand
      approvedAt submittedAt updatedAt rejectionReason delistedBy delistReason
      priceHistory { price previousPrice changedAt }
    }
  }
`);

export const CreateListingMutation = graphql(`
  mutation CreateListing($input: ListingInput!) {
    createListing(input: $input) { id state }
  }
`);

export const UpdateListingMutation = graphql(`
  mutation UpdateListing($id: ID!, $input: ListingInput!) {
    updateListing(id: $id, input: $input) { id state }
  }
`);

export const SubmitListingMutation = graphql(`
  mutation SubmitListing($id: ID!) {
    submitListing(id: $id) { id state }
  }
`);

export const ResubmitListingMutation = graphql(`
  mutation ResubmitListing($id: ID!) {
    resubmitListing(id: $id) { id state }
  }
`);

export const DelistListingMutation = graphql(`
  mutation DelistListing($id: ID!, $reason: String) {
    delistListing(id: $id, reason: $reason) { id state }
  }
`);

export const ChangeListingPriceMutation = graphql(`
  mutation ChangeListingPrice($id: ID!, $price: Money!) {
    changeListingPrice(id: $id, price: $price) { id price }
  }
`);

export const ChangeListingStockMutation = graphql(`
  mutation ChangeListingStock($id: ID!, $stock: Int!) {
    changeListingStock(id: $id, stock: $stock) { id stock }
  }
`);

/** The supplier's organisation with its declared size. */
export const MyEnterpriseQuery = graphql(`
  query MyEnterprise {
    me { id organisation { id name enterpriseSize integrityBlocked } }
  }
`);

export const MyContactsQuery = graphql(`
  query MySupplierContacts {
    me { id organisation { id legalRepresentative contactPhone } }
  }
`);

export const DeclareSupplierContactsMutation = graphql(`
  mutation DeclareSupplierContacts($input: SupplierContactsInputType!) {
    declareSupplierContacts(input: $input) { id legalRepresentative contactPhone }
  }
`);

export const DeclareEnterpriseSizeMutation = graphql(`
  mutation DeclareEnterpriseSize($size: EnterpriseSize!) {
    declareEnterpriseSize(size: $size) { id enterpriseSize }
  }
`);

export const ListingUploadTemplateQuery = graphql(`
  query ListingUploadTemplate {
    listingUploadTemplate { contentBase64 fileName mimeType }
  }
`);

export const UploadListingsMutation = graphql(`
  mutation UploadListings($input: UploadListingsInput!) {
    uploadListings(input: $input) { id fileName state total processed imported failed createdAt finishedAt errors { row column field reason message } }
  }
`);

export const ListingUploadQuery = graphql(`
  query ListingUpload($id: ID!) {
    listingUpload(id: $id) { id fileName state total processed imported failed createdAt finishedAt errors { row column field reason message } }
  }
`);

export const ListingUploadErrorReportQuery = graphql(`
  query ListingUploadErrorReport($id: ID!, $format: ReportFormat!) {
    listingUploadErrorReport(id: $id, format: $format) { contentBase64 fileName mimeType }
  }
`);
