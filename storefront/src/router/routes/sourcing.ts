import type { RouteRecordRaw } from 'vue-router';

const BUYERS = ['PURCHASER', 'UNIT_ADMIN'] as const;
const PURCHASER = ['PURCHASER'] as const;
const SUPPLIER = ['SUPPLIER'] as const;

/** Online inquiry (在线询价): the buyer's inquiries in the mall area, the supplier's inbox and quote form in the supplier centre. */
export const sourcingRoutes: RouteRecordRaw[] = [
  {
    path: '/inquiries',
    name: 'inquiries',
    component: () => import('../../pages/sourcing/InquiriesPage.vue'),
    meta: { title: 'inquiry.nav.list', roles: BUYERS, menu: { area: 'mall', label: 'inquiry.nav.list', order: 40 } },
  },
  {
    path: '/inquiries/new',
    name: 'inquiry-new',
    component: () => import('../../pages/sourcing/InquiryFormPage.vue'),
    meta: { title: 'inquiry.form.title', roles: PURCHASER },
  },
  {
    path: '/inquiries/:id',
    name: 'inquiry',
    component: () => import('../../pages/sourcing/InquiryPage.vue'),
    props: (route) => ({ id: String(route.params.id) }),
    meta: { title: 'inquiry.detail.title', roles: BUYERS },
  },
  {
    path: '/supplier/inquiries',
    name: 'supplier-inquiries',
    component: () => import('../../pages/sourcing/InvitationsPage.vue'),
    meta: { title: 'inquiry.nav.inbox', roles: SUPPLIER, menu: { area: 'supplier', label: 'inquiry.nav.inbox', order: 16 } },
  },
  {
    path: '/supplier/inquiries/:id',
    name: 'supplier-inquiry',
    component: () => import('../../pages/sourcing/QuotePage.vue'),
    props: (route) => ({ id: String(route.params.id) }),
    meta: { title: 'inquiry.quote.title', roles: SUPPLIER },
  },
];
