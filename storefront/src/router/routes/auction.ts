import type { RouteRecordRaw } from 'vue-router';

const BUYERS = ['PURCHASER', 'UNIT_ADMIN', 'FINANCE'] as const;
const SUPPLIER = ['SUPPLIER'] as const;

/**
 * Online auctions: the public asset auctions (公物处置, anyone may watch), the buyer's reverse
 * auctions (我的竞价), the supplier's invitations, and one auction page with the live room for all.
 */
export const auctionRoutes: RouteRecordRaw[] = [
  {
    path: '/auctions',
    name: 'auctions',
    component: () => import('../../pages/auction/AuctionsPage.vue'),
    props: { mode: 'public' },
    meta: { title: 'auction.nav.public', menu: { area: 'public', label: 'auction.nav.public', order: 30 } },
  },
  {
    // Public for asset auctions; the API decides who sees a reverse auction.
    path: '/auctions/:id',
    name: 'auction',
    component: () => import('../../pages/auction/AuctionPage.vue'),
    props: (route) => ({ id: String(route.params.id) }),
    meta: { title: 'auction.nav.public' },
  },
  {
    path: '/mall/auctions',
    name: 'buyer-auctions',
    component: () => import('../../pages/auction/AuctionsPage.vue'),
    props: { mode: 'buyer' },
    meta: { title: 'auction.nav.buyer', roles: BUYERS, menu: { area: 'mall', label: 'auction.nav.buyer', order: 60 } },
  },
  {
    path: '/mall/auctions/new',
    name: 'buyer-auction-new',
    component: () => import('../../pages/auction/AuctionFormPage.vue'),
    meta: { title: 'auction.nav.buyerNew', roles: BUYERS },
  },
  {
    path: '/supplier/auctions',
    name: 'supplier-auctions',
    component: () => import('../../pages/auction/AuctionsPage.vue'),
    props: { mode: 'supplier' },
    meta: { title: 'auction.nav.supplier', roles: SUPPLIER, menu: { area: 'supplier', label: 'auction.nav.supplier', order: 58 } },
  },
];
