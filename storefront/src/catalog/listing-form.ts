import { normaliseMoneyInput } from '@zhengcai/web-kit';
import type { ListingInput, PolicyTag } from '../graphql/generated/graphql';

export interface PolicyTagForm {
  tag: PolicyTag | '';
  certificateNo: string;
  issuer: string;
  /** YYYY-MM-DD from the date picker. */
  validUntil: string;
}

/** What the editor binds to: text as typed, converted to ListingInput only when sent. */
export interface ListingForm {
  categoryCode: string;
  standardProductId: string;
  title: string;
  description: string;
  brand: string;
  model: string;
  /** Yuan as typed ("4999", "¥4,999.5"); sent as Money with two decimals. */
  price: string;
  stock: number;
  deliveryRegionCodes: string[];
  /** One https address a line. */
  imageUrls: string;
  warrantyMonths: number;
  policyTags: PolicyTagForm[];
}

export const emptyPolicyTag = (): PolicyTagForm => ({ tag: '', certificateNo: '', issuer: '', validUntil: '' });

export function emptyListingForm(): ListingForm {
  return { categoryCode: '', standardProductId: '', title: '', description: '', brand: '', model: '', price: '', stock: 0, deliveryRegionCodes: [], imageUrls: '', warrantyMonths: 12, policyTags: [] };
}

interface ListingLike {
  categoryCode: string;
  standardProductId?: string | null;
  title: string;
  description: string;
  brand?: string | null;
  model?: string | null;
  price: string;
  stock: number;
  deliveryRegionCodes: readonly string[];
  imageUrls: readonly string[];
  warrantyMonths: number;
  policyTags: readonly { tag: PolicyTag; certificateNo?: string | null; issuer?: string | null; validUntil?: string | null }[];
}

/** A saved listing back into the editor (rejected and delisted listings are edited too). */
export function listingToForm(l: ListingLike): ListingForm {
  return {
    categoryCode: l.categoryCode,
    standardProductId: l.standardProductId ?? '',
    title: l.title,
    description: l.description,
    brand: l.brand ?? '',
    model: l.model ?? '',
    price: normaliseMoneyInput(l.price) ?? l.price,
    stock: l.stock,
    deliveryRegionCodes: [...l.deliveryRegionCodes],
    imageUrls: l.imageUrls.join('\n'),
    warrantyMonths: l.warrantyMonths,
    policyTags: l.policyTags.map((p) => ({ tag: p.tag, certificateNo: p.certificateNo ?? '', issuer: p.issuer ?? '', validUntil: p.validUntil ?? '' })),
  };
}

/** Field (as the API names it) → message key, for what can be told before sending. */
export type FormProblems = Record<string, string>;

/**
 * The form as ListingInput. Only what the browser can know is checked here (the price's shape,
 * a chosen category and tag); every rule of the catalog is the API's, shown at its field.
 */
export function formToInput(form: ListingForm): { input: ListingInput; problems: FormProblems } {
  const problems: FormProblems = {};
  const price = normaliseMoneyInput(form.price);
  if (price === null) problems.price = 'listingForm.priceFormat';
  if (!form.categoryCode) problems.categoryCode = 'listingForm.categoryRequired';
  form.policyTags.forEach((p, i) => {
    if (!p.tag) problems[`policyTags[${i}].tag`] = 'listingForm.tagRequired';
  });
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  const productChosen = form.standardProductId !== '';
  const input: ListingInput = {
    categoryCode: form.categoryCode,
    standardProductId: productChosen ? form.standardProductId : null,
    title: form.title.trim(),
    // Kept exactly as typed: it is plain text and the API stores it as written.
    description: form.description,
    // A standard product fixes brand and model; sending them too would contradict it.
    brand: productChosen ? null : text(form.brand),
    model: productChosen ? null : text(form.model),
    price: price ?? form.price.trim(),
    stock: form.stock,
    deliveryRegionCodes: form.deliveryRegionCodes.map((c) => c.trim()).filter(Boolean),
    imageUrls: form.imageUrls.split(/\r?\n/).map((u) => u.trim()).filter(Boolean),
    warrantyMonths: form.warrantyMonths,
    policyTags: form.policyTags.map((p) =>
      p.tag === 'SME'
        ? { tag: 'SME' as const }
        : { tag: p.tag as PolicyTag, certificateNo: text(p.certificateNo), issuer: text(p.issuer), validUntil: p.validUntil || null },
    ),
  };
  return { input, problems };
}
