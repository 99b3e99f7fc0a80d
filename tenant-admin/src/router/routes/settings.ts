import type { RouteRecordRaw } from 'vue-router';

/** The console is for the finance department (oversight, read-only) and the operators (edit). */
const CONSOLE_ROLES = ['FINANCE', 'TENANT_OPERATOR'] as const;

export const settingsRoutes: RouteRecordRaw[] = [
  {
    path: '/settings',
    name: 'settings',
    component: () => import('../../pages/SettingsPage.vue'),
    meta: { title: 'nav.settings', roles: CONSOLE_ROLES, menu: { area: 'console', label: 'nav.settings', order: 90 } },
  },
  {
    path: '/calendar',
    name: 'calendar',
    component: () => import('../../pages/CalendarPage.vue'),
    meta: { title: 'nav.calendar', roles: CONSOLE_ROLES, menu: { area: 'console', label: 'nav.calendar', order: 91 } },
  },
];
