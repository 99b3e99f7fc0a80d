import type { RouteRecordRaw } from 'vue-router';

/** Supplier integrity in the supplier centre (供应商中心 → 我的诚信). */
export const integrityRoutes: RouteRecordRaw[] = [
  {
    path: '/supplier/integrity',
    name: 'supplier-integrity',
    component: () => import('../../pages/integrity/MyIntegrityPage.vue'),
    meta: { title: 'myIntegrity.title', roles: ['SUPPLIER'], menu: { area: 'supplier', label: 'myIntegrity.title', order: 46 } },
  },
];
