import type { RouteRecordRaw } from 'vue-router';

/**
 * The finance department's mall pages. The API gives budget lines, the treasury queue, the
 * province's orders and the payment set-up to the finance department alone, so operators do not
 * see these entries.
 */
const FINANCE = ['FINANCE'] as const;

export const financeRoutes: RouteRecordRaw[] = [
  {
    path: '/budget-lines',
    name: 'budget-lines',
    component: () => import('../../pages/finance/BudgetLinesPage.vue'),
    meta: { title: 'nav.budgetLines', roles: FINANCE, menu: { area: 'finance', label: 'nav.budgetLines', order: 10 } },
  },
  {
    path: '/payment-requests',
    name: 'payment-requests',
    component: () => import('../../pages/finance/PaymentRequestsPage.vue'),
    meta: { title: 'nav.paymentRequests', roles: FINANCE, menu: { area: 'finance', label: 'nav.paymentRequests', order: 20 } },
  },
  {
    path: '/orders',
    name: 'orders',
    component: () => import('../../pages/finance/OrdersPage.vue'),
    meta: { title: 'nav.orders', roles: FINANCE, menu: { area: 'finance', label: 'nav.orders', order: 30 } },
  },
  {
    path: '/orders/:id',
    name: 'order',
    component: () => import('../../pages/finance/OrderDetailPage.vue'),
    meta: { title: 'nav.orders', roles: FINANCE },
  },
  {
    path: '/payment-settings',
    name: 'payment-settings',
    component: () => import('../../pages/finance/PaymentSettingsPage.vue'),
    meta: { title: 'nav.paymentSettings', roles: FINANCE, menu: { area: 'finance', label: 'nav.paymentSettings', order: 40 } },
  },
];
