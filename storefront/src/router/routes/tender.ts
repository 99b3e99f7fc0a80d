import type { RouteRecordRaw } from 'vue-router';

const SUPPLIER = ['SUPPLIER'] as const;
const EXPERT = ['EXPERT'] as const;

/**
 * Tendering in the storefront: the supplier's signing key, sealed bids and its bids (supplier
 * centre), the public opening room, and the evaluation expert's workspace (评审专家).
 */
export const tenderRoutes: RouteRecordRaw[] = [
  {
    path: '/supplier/tender/key',
    name: 'supplier-tender-key',
    component: () => import('../../pages/tender/SigningKeyPage.vue'),
    meta: { title: 'nav.signingKey', roles: SUPPLIER, menu: { area: 'supplier', label: 'nav.signingKey', order: 50 } },
  },
  {
    path: '/supplier/tender/bids',
    name: 'supplier-tender-bids',
    component: () => import('../../pages/tender/MyBidsPage.vue'),
    meta: { title: 'nav.myBids', roles: SUPPLIER, menu: { area: 'supplier', label: 'nav.myBids', order: 55 } },
  },
  {
    path: '/supplier/tender/lots/:lotId/bid',
    name: 'supplier-tender-bid',
    component: () => import('../../pages/tender/BidPage.vue'),
    props: (route) => ({ lotId: String(route.params.lotId) }),
    meta: { title: 'bid.pageTitle', roles: SUPPLIER },
  },
  {
    // Public: a guest may watch the opening; a bidder also decrypts here.
    path: '/tender/lots/:lotId/opening',
    name: 'tender-opening',
    component: () => import('../../pages/tender/OpeningRoomPage.vue'),
    props: (route) => ({ lotId: String(route.params.lotId) }),
    meta: { title: 'opening.pageTitle' },
  },
  {
    path: '/expert/panels',
    name: 'expert-panels',
    component: () => import('../../pages/tender/ExpertPanelsPage.vue'),
    meta: { title: 'nav.myPanels', roles: EXPERT, menu: { area: 'expert', label: 'nav.myPanels', order: 10 } },
  },
  {
    path: '/expert/panels/:lotId',
    name: 'expert-panel',
    component: () => import('../../pages/tender/ScoreSheetPage.vue'),
    props: (route) => ({ lotId: String(route.params.lotId) }),
    meta: { title: 'sheet.pageTitle', roles: EXPERT },
  },
];
