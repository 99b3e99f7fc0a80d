import type { RouteRecordRaw } from 'vue-router';

/**
 * Bid deposits and guarantees in the console (area 保证金). The ledger and the issuers are read
 * by finance and operators (operators register issuers); transfers, refunds, challenges and the
 * reconciliation are the finance department's alone, as in the API.
 */
const FINANCE = ['FINANCE'] as const;
const BOTH = ['FINANCE', 'TENANT_OPERATOR'] as const;

export const depositRoutes: RouteRecordRaw[] = [
  {
    path: '/deposits',
    name: 'deposits',
    component: () => import('../../pages/deposits/DepositLedgerPage.vue'),
    meta: { title: 'depositAdmin.nav.ledger', roles: BOTH, menu: { area: 'deposits', label: 'depositAdmin.nav.ledger', order: 10 } },
  },
  {
    path: '/deposits/transfers',
    name: 'deposit-transfers',
    component: () => import('../../pages/deposits/DepositTransfersPage.vue'),
    meta: { title: 'depositAdmin.nav.transfers', roles: FINANCE, menu: { area: 'deposits', label: 'depositAdmin.nav.transfers', order: 20 } },
  },
  {
    path: '/deposits/refunds',
    name: 'deposit-refunds',
    component: () => import('../../pages/deposits/DepositRefundsPage.vue'),
    meta: { title: 'depositAdmin.nav.refunds', roles: FINANCE, menu: { area: 'deposits', label: 'depositAdmin.nav.refunds', order: 30 } },
  },
  {
    path: '/deposits/reconciliation',
    name: 'deposit-reconciliation',
    component: () => import('../../pages/deposits/DepositReconciliationPage.vue'),
    meta: { title: 'depositAdmin.nav.reconciliation', roles: FINANCE, menu: { area: 'deposits', label: 'depositAdmin.nav.reconciliation', order: 40 } },
  },
  {
    path: '/guarantee-issuers',
    name: 'guarantee-issuers',
    component: () => import('../../pages/deposits/GuaranteeIssuersPage.vue'),
    meta: { title: 'depositAdmin.nav.issuers', roles: BOTH, menu: { area: 'deposits', label: 'depositAdmin.nav.issuers', order: 50 } },
  },
];
