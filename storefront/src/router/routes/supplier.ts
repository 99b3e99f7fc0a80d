import type { RouteRecordRaw } from 'vue-router';

const SUPPLIER = ['SUPPLIER'] as const;

/** The supplier centre (供应商中心): registration and size, incoming orders, listings, bulk upload. */
export const supplierRoutes: RouteRecordRaw[] = [
  {
    path: '/supplier',
    name: 'supplier',
    component: () => import('../../pages/SupplierPage.vue'),
    meta: { title: 'nav.supplierHome', roles: SUPPLIER, menu: { area: 'supplier', label: 'nav.supplierHome', order: 10 } },
  },
  {
    path: '/supplier/listings',
    name: 'supplier-listings',
    component: () => import('../../pages/supplier/MyListingsPage.vue'),
    meta: { title: 'nav.myListings', roles: SUPPLIER, menu: { area: 'supplier', label: 'nav.myListings', order: 20 } },
  },
  {
    path: '/supplier/listings/new',
    name: 'supplier-listing-new',
    component: () => import('../../pages/supplier/ListingEditPage.vue'),
    meta: { title: 'nav.newListing', roles: SUPPLIER, menu: { area: 'supplier', label: 'nav.newListing', order: 30 } },
  },
  {
    path: '/supplier/listings/:id/edit',
    name: 'supplier-listing-edit',
    component: () => import('../../pages/supplier/ListingEditPage.vue'),
    meta: { title: 'listingForm.editTitle', roles: SUPPLIER },
  },
  {
    path: '/supplier/orders',
    name: 'supplier-orders',
    component: () => import('../../pages/mall/OrdersPage.vue'),
    props: { side: 'supplier' },
    meta: { title: 'nav.incomingOrders', roles: SUPPLIER, menu: { area: 'supplier', label: 'nav.incomingOrders', order: 15 } },
  },
  {
    path: '/supplier/orders/:id',
    name: 'supplier-order',
    component: () => import('../../pages/mall/OrderPage.vue'),
    props: (route) => ({ side: 'supplier', id: String(route.params.id) }),
    meta: { title: 'order.pageTitle', roles: SUPPLIER },
  },
  {
    path: '/supplier/upload',
    name: 'supplier-upload',
    component: () => import('../../pages/supplier/BulkUploadPage.vue'),
    meta: { title: 'nav.bulkUpload', roles: SUPPLIER, menu: { area: 'supplier', label: 'nav.bulkUpload', order: 40 } },
  },
];
