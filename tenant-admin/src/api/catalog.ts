import { graphql } from '../graphql/generated';

/** Listings waiting for approval, oldest submission first. */
export const ApprovalQueueQuery = graphql(`
  query ApprovalQueue($first: Int, $after: String) {
    listingApprovalQueue(first: $first, after: $after) {
      nodes {
        id state title description brand model price stock warrantyMonths
        categoryCode categoryName standardProductId deliveryRegionCodes imageUrls
        policyTags { tag certificateNo issuer validUntil valid }
        supplierId supplierName supplierRegionCode supplierIntegrityBlocked
        submittedAt
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Any listing of the province, in any state (operators and the finance department). */
export const AdminListingQuery = graphql(`
  query AdminListing($id: ID!) {
    listing(id: $id) {
      id state title price stock categoryCode categoryName
      policyTags { tag certificateNo issuer validUntil valid }
      supplierId supplierName supplierRegionCode supplierIntegrityBlocked
      submittedAt approvedAt updatedAt rejectionReason delistedBy delistReason
      priceHistory { price changedAt }
    }
  }
`);

export const ApproveListingMutation = graphql(`
  mutation ApproveListing($id: ID!) {
    approveListing(id: $id) { id state }
  }
`);

export const RejectListingMutation = graphql(`
  mutation RejectListing($id: ID!, $reason: String!) {
    rejectListing(id: $id, reason: $reason) { id state rejectionReason }
  }
`);

export const OperatorDelistListingMutation = graphql(`
  mutation OperatorDelistListing($id: ID!, $reason: String!) {
    operatorDelistListing(id: $id, reason: $reason) { id state delistedBy delistReason }
  }
`);

export const AdminCategoryTreeQuery = graphql(`
  query AdminCategoryTree {
    categoryTree { id code name parentCode level energySavingMandatory }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) { id code name parentCode level energySavingMandatory }
  }
`);

export const AdminStandardProductsQuery = graphql(`
  query AdminStandardProducts($categoryCode: String, $first: Int, $after: String) {
    standardProducts(categoryCode: $categoryCode, first: $first, after: $after) {
      nodes { id brand model name categoryCode specs { key value } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CreateStandardProductMutation = graphql(`
  mutation CreateStandardProduct($input: CreateStandardProductInput!) {
    createStandardProduct(input: $input) { id brand model name categoryCode }
  }
`);

export const SuppliersQuery = graphql(`
  query Suppliers($first: Int, $after: String) {
    organisations(kind: SUPPLIER, first: $first, after: $after) {
      nodes { id name uscc active enterpriseSize integrityBlocked createdAt }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const SetSupplierIntegrityBlockedMutation = graphql(`
  mutation SetSupplierIntegrityBlocked($organisationId: ID!, $blocked: Boolean!, $reason: String!) {
    setSupplierIntegrityBlocked(organisationId: $organisationId, blocked: $blocked, reason: $reason) { id integrityBlocked }
  }
`);
