import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { fromFen, toFen } from './money';

/** One cart item: what the buyer saw when adding it (the price is re-checked at checkout). */
export interface CartItem {
  listingId: string;
  title: string;
  unitPrice: string;
  quantity: number;
  supplierId: string;
  supplierName: string;
}

export interface CartGroup {
  supplierId: string;
  supplierName: string;
  items: CartItem[];
  total: string;
}

export const CART_STORAGE_PREFIX = 'zhengcai.cart';
/** The API takes at most 50 items per checkout. */
export const CART_MAX_ITEMS = 50;

/** localStorage key of one user's cart in one province. */
export const cartStorageKey = (tenant: string, userId: string) => `${CART_STORAGE_PREFIX}:${tenant}:${userId}`;

function read(key: string | null): CartItem[] {
  if (!key) return [];
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (i): i is CartItem =>
        !!i && typeof i.listingId === 'string' && typeof i.title === 'string' && typeof i.unitPrice === 'string' && /^\d+(\.\d{1,2})?$/.test(i.unitPrice) &&
        Number.isInteger(i.quantity) && i.quantity > 0 && typeof i.supplierId === 'string' && typeof i.supplierName === 'string',
    );
  } catch {
    return [];
  }
}

/** Items grouped by supplier in the order first added, with totals in fen (never floats). */
export function groupCart(items: readonly CartItem[]): CartGroup[] {
  const groups = new Map<string, { supplierName: string; items: CartItem[]; fen: bigint }>();
  for (const item of items) {
    const g = groups.get(item.supplierId) ?? { supplierName: item.supplierName, items: [], fen: 0n };
    g.items.push(item);
    g.fen += toFen(item.unitPrice) * BigInt(item.quantity);
    groups.set(item.supplierId, g);
  }
  return [...groups].map(([supplierId, g]) => ({ supplierId, supplierName: g.supplierName, items: g.items, total: fromFen(g.fen) }));
}

export function cartTotal(items: readonly CartItem[]): string {
  return fromFen(items.reduce((sum, i) => sum + toFen(i.unitPrice) * BigInt(i.quantity), 0n));
}

/**
 * The buyer's cart. The API keeps no cart: it lives in localStorage, one per province and
 * user (`owner` is "<tenant>:<userId>", null while signed out), so a colleague on the same
 * computer never sees another's cart.
 */
export const useCartStore = defineStore('cart', () => {
  const owner = ref<{ tenant: string; userId: string } | null>(null);
  const items = ref<CartItem[]>([]);
  const key = computed(() => (owner.value ? cartStorageKey(owner.value.tenant, owner.value.userId) : null));

  function setOwner(tenant: string | null | undefined, userId: string | null | undefined) {
    const next = tenant && userId ? { tenant, userId } : null;
    if (next?.tenant === owner.value?.tenant && next?.userId === owner.value?.userId) return;
    owner.value = next;
    items.value = read(key.value);
  }

  watch(
    items,
    (list) => {
      if (key.value) localStorage.setItem(key.value, JSON.stringify(list));
    },
    { deep: true, flush: 'sync' },
  );

  /** Adds a listing, or raises its quantity when it is already in the cart. */
  function add(item: CartItem) {
    if (!Number.isInteger(item.quantity) || item.quantity <= 0) throw new Error('quantity must be a whole number above 0');
    const existing = items.value.find((i) => i.listingId === item.listingId);
    if (existing) {
      existing.quantity += item.quantity;
      existing.unitPrice = item.unitPrice;
      existing.title = item.title;
    } else {
      items.value.push({ ...item });
    }
  }
  function setQuantity(listingId: string, quantity: number) {
    const item = items.value.find((i) => i.listingId === listingId);
    if (item && Number.isInteger(quantity) && quantity > 0) item.quantity = quantity;
  }
  function setPrice(listingId: string, unitPrice: string) {
    const item = items.value.find((i) => i.listingId === listingId);
    if (item) item.unitPrice = unitPrice;
  }
  function remove(listingId: string) {
    items.value = items.value.filter((i) => i.listingId !== listingId);
  }
  function clear() {
    items.value = [];
  }

  const groups = computed(() => groupCart(items.value));
  const total = computed(() => cartTotal(items.value));
  const count = computed(() => items.value.reduce((n, i) => n + i.quantity, 0));
  return { owner, items, groups, total, count, setOwner, add, setQuantity, setPrice, remove, clear };
});
