import type { RouteRecordRaw } from 'vue-router';

/**
 * The finance department's statistics (统计分析) and reports (统计报表). The API lets the
 * platform operator read them too; generating a report is finance's.
 */
const READERS = ['FINANCE', 'TENANT_OPERATOR'] as const;

export const statisticsRoutes: RouteRecordRaw[] = [
  {
    path: '/statistics',
    name: 'statistics',
    component: () => import('../../pages/statistics/StatisticsPage.vue'),
    meta: { title: 'statistics.nav.dashboard', roles: READERS, menu: { area: 'finance', label: 'statistics.nav.dashboard', order: 50 } },
  },
  {
    path: '/statistics/reports',
    name: 'statistics-reports',
    component: () => import('../../pages/statistics/ReportsPage.vue'),
    meta: { title: 'statistics.nav.reports', roles: READERS, menu: { area: 'finance', label: 'statistics.nav.reports', order: 60 } },
  },
];
