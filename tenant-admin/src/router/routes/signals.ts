import type { RouteRecordRaw } from 'vue-router';

/**
 * Compliance signals (合规预警) in the console, menu 监管. Finance reviews them; operators
 * read them (the API refuses their reviews).
 */
const CONSOLE_ROLES = ['FINANCE', 'TENANT_OPERATOR'] as const;

export const signalRoutes: RouteRecordRaw[] = [
  {
    path: '/oversight/signals',
    name: 'compliance-signals',
    component: () => import('../../pages/signals/SignalsPage.vue'),
    meta: { title: 'signals.nav.list', roles: CONSOLE_ROLES, menu: { area: 'oversight', label: 'signals.nav.list', order: 90 } },
  },
  {
    path: '/oversight/signals/:id',
    name: 'compliance-signal',
    component: () => import('../../pages/signals/SignalDetailPage.vue'),
    meta: { title: 'signals.detail.title', roles: CONSOLE_ROLES },
  },
];
