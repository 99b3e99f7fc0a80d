import type { RouteRecordRaw } from 'vue-router';

/** Login, the user's own account, and the polite refusal for roles the console is not for. */
export const accountRoutes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@zhengcai/web-kit/components/LoginPage.vue'), meta: { title: 'auth.login' } },
  { path: '/account', name: 'account', component: () => import('@zhengcai/web-kit/components/AccountPage.vue'), meta: { title: 'account.title', requiresAuth: true } },
  { path: '/forbidden', name: 'forbidden', component: () => import('../../pages/NotForYouPage.vue'), meta: { title: 'forbidden.title', requiresAuth: true } },
];
