import type { RouteRecordRaw } from 'vue-router';

/**
 * Price inspection in the console (menu 监管). Operators and finance read findings, runs and
 * imports; the API gives dismissing, reopening, starting a run and importing to operators.
 */
const CONSOLE_ROLES = ['FINANCE', 'TENANT_OPERATOR'] as const;

export const inspectionRoutes: RouteRecordRaw[] = [
  {
    path: '/inspection/findings',
    name: 'inspection-findings',
    component: () => import('../../pages/inspection/FindingsPage.vue'),
    meta: { title: 'inspection.nav.findings', roles: CONSOLE_ROLES, menu: { area: 'oversight', label: 'inspection.nav.findings', order: 60 } },
  },
  {
    path: '/inspection/runs',
    name: 'inspection-runs',
    component: () => import('../../pages/inspection/RunsPage.vue'),
    meta: { title: 'inspection.nav.runs', roles: CONSOLE_ROLES, menu: { area: 'oversight', label: 'inspection.nav.runs', order: 70 } },
  },
  {
    path: '/inspection/references',
    name: 'inspection-references',
    component: () => import('../../pages/inspection/ReferencesPage.vue'),
    meta: { title: 'inspection.nav.references', roles: CONSOLE_ROLES, menu: { area: 'oversight', label: 'inspection.nav.references', order: 80 } },
  },
];
