import type { StandardProduct } from '@zhengcai/schema';

export interface StandardProductView {
  readonly id: string;
  readonly categoryCode: string;
  readonly brand: string;
  readonly model: string;
  readonly name: string;
  readonly specs: { key: string; value: string }[];
}

/** Needs the product's category loaded. */
export function toStandardProductView(p: StandardProduct): StandardProductView {
  return { id: p.id, categoryCode: p.category.code, brand: p.brand, model: p.model, name: p.name, specs: p.specs };
}
