import type { RouteRecordRaw } from 'vue-router';

/**
 * Supplier integrity in the console (menu 监管). Operators and finance read standings and
 * appeals and enter penalties; the API gives deciding appeals to operators.
 */
const CONSOLE_ROLES = ['FINANCE', 'TENANT_OPERATOR'] as const;

export const integrityRoutes: RouteRecordRaw[] = [
  {
    path: '/integrity',
    name: 'integrity',
    component: () => import('../../pages/integrity/IntegrityPage.vue'),
    meta: { title: 'integrityAdmin.title', roles: CONSOLE_ROLES, menu: { area: 'oversight', label: 'integrityAdmin.title', order: 90 } },
  },
  {
    path: '/integrity/suppliers/:id',
    name: 'integrity-supplier',
    component: () => import('../../pages/integrity/SupplierIntegrityPage.vue'),
    meta: { title: 'integrityAdmin.supplierTitle', roles: CONSOLE_ROLES },
  },
];
