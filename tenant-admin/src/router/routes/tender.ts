import type { RouteRecordRaw } from 'vue-router';

/**
 * The regulator's tendering pages (menu 监管). Complaints, suspensions, deviations and missed
 * deadlines are the finance department's alone in the API; operators also see the projects and
 * keep the expert pool (they create users).
 */
const FINANCE = ['FINANCE'] as const;
const CONSOLE_ROLES = ['FINANCE', 'TENANT_OPERATOR'] as const;

export const tenderRoutes: RouteRecordRaw[] = [
  {
    path: '/tender/projects',
    name: 'tender-projects',
    component: () => import('../../pages/tender/ProjectsPage.vue'),
    meta: { title: 'tenderOversight.nav.projects', roles: CONSOLE_ROLES, menu: { area: 'oversight', label: 'tenderOversight.nav.projects', order: 10 } },
  },
  {
    path: '/tender/projects/:projectId',
    name: 'tender-project',
    component: () => import('../../pages/tender/ProjectPage.vue'),
    meta: { title: 'tenderOversight.nav.projects', roles: CONSOLE_ROLES },
  },
  {
    path: '/tender/complaints',
    name: 'tender-complaints',
    component: () => import('../../pages/tender/ComplaintsPage.vue'),
    meta: { title: 'tenderOversight.nav.complaints', roles: FINANCE, menu: { area: 'oversight', label: 'tenderOversight.nav.complaints', order: 20 } },
  },
  {
    path: '/tender/deviations',
    name: 'tender-deviations',
    component: () => import('../../pages/tender/DeviationsPage.vue'),
    meta: { title: 'tenderOversight.nav.deviations', roles: FINANCE, menu: { area: 'oversight', label: 'tenderOversight.nav.deviations', order: 30 } },
  },
  {
    path: '/tender/deadline-flags',
    name: 'tender-deadline-flags',
    component: () => import('../../pages/tender/DeadlineFlagsPage.vue'),
    meta: { title: 'tenderOversight.nav.deadlineFlags', roles: FINANCE, menu: { area: 'oversight', label: 'tenderOversight.nav.deadlineFlags', order: 40 } },
  },
  {
    path: '/tender/experts',
    name: 'tender-experts',
    component: () => import('../../pages/tender/ExpertsPage.vue'),
    meta: { title: 'tenderOversight.nav.experts', roles: CONSOLE_ROLES, menu: { area: 'oversight', label: 'tenderOversight.nav.experts', order: 50 } },
  },
];
