import type { RouteRecordRaw } from 'vue-router';

/** The supplier centre (供应商中心). */
export const supplierRoutes: RouteRecordRaw[] = [
  {
    path: '/supplier',
    name: 'supplier',
    component: () => import('../../pages/SupplierPage.vue'),
    meta: { title: 'nav.supplierHome', roles: ['SUPPLIER'], menu: { area: 'supplier', label: 'nav.supplierHome', order: 10 } },
  },
];
