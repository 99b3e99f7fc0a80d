import type { RouteRecordRaw } from 'vue-router';

const SUPPLIER = ['SUPPLIER'] as const;

/**
 * The supplier's side of a tender project: the notice with 报名, documents, questions and each
 * lot's result; my registrations; my challenges (质疑/投诉); signing the contract of a won lot.
 */
export const tenderSupplierRoutes: RouteRecordRaw[] = [
  {
    path: '/supplier/tender/registrations',
    name: 'supplier-tender-registrations',
    component: () => import('../../pages/tender/supplier/RegistrationsPage.vue'),
    meta: { title: 'supTender.nav.registrations', roles: SUPPLIER, menu: { area: 'supplier', label: 'supTender.nav.registrations', order: 52 } },
  },
  {
    path: '/supplier/tender/challenges',
    name: 'supplier-tender-challenges',
    component: () => import('../../pages/tender/supplier/ChallengesPage.vue'),
    meta: { title: 'supTender.nav.challenges', roles: SUPPLIER, menu: { area: 'supplier', label: 'supTender.nav.challenges', order: 57 } },
  },
  {
    path: '/supplier/tender/projects/:projectId',
    name: 'supplier-tender-project',
    component: () => import('../../pages/tender/supplier/ProjectPage.vue'),
    props: (route) => ({ projectId: String(route.params.projectId) }),
    meta: { title: 'supTender.projectPageTitle', roles: SUPPLIER },
  },
  {
    path: '/supplier/tender/lots/:lotId/contract',
    name: 'supplier-tender-contract',
    component: () => import('../../pages/tender/supplier/ContractPage.vue'),
    props: (route) => ({ lotId: String(route.params.lotId) }),
    meta: { title: 'supTender.contractPageTitle', roles: SUPPLIER },
  },
];
