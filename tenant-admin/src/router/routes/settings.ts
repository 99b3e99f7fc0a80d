import type { RouteRecordRaw } from 'vue-router';

export const settingsRoutes: RouteRecordRaw[] = [
  {
    path: '/settings',
    name: 'settings',
    component: () => import('../../pages/SettingsPage.vue'),
    meta: { title: 'nav.settings', menu: { area: 'console', label: 'nav.settings', order: 90 } },
  },
];
