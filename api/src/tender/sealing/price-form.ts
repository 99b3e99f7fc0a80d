import { createHash } from 'node:crypto';
import { parseYuan } from '@zhengcai/schema';

export const SME_DECLARATIONS = ['none', 'medium', 'small', 'micro', 'prison_enterprise', 'disability_welfare_unit'] as const;

/** The price form (开标一览表) as read at the opening and stored on the bid. */
export interface OpenedPriceForm {
  totalPrice: string;
  discountBp: number;
  deliveryDays: number;
  warrantyMonths: number;
  sme: (typeof SME_DECLARATIONS)[number];
  /** Above the lot's budget (最高限价): recorded, and flagged for the panel. */
  overBudget: boolean;
  /** Each document's name, size and SM3 digest (identical documents across bidders are a collusion hint). */
  documents: { name: string; bytes: number; sm3?: string }[];
}

const int = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** Reads a decrypted bid's content; null when the bidder's form is not a valid price form. */
export function readPriceForm(plaintext: string, budgetFen: bigint): { priceFen: bigint; form: OpenedPriceForm } | null {
  let content: { priceForm?: Record<string, unknown>; documents?: { name?: unknown; contentBase64?: unknown }[] };
  try {
    content = JSON.parse(plaintext);
  } catch {
    return null;
  }
  const f = content.priceForm;
  if (!f || typeof f.totalPrice !== 'string' || !/^\d{1,13}(\.\d{1,2})?$/.test(f.totalPrice)) return null;
  const priceFen = parseYuan(f.totalPrice);
  if (priceFen <= 0n) return null;
  if (!int(f.discountBp, 0, 10_000) || !int(f.deliveryDays, 1, 3650) || !int(f.warrantyMonths, 0, 600)) return null;
  if (!SME_DECLARATIONS.includes(f.sme as never)) return null;
  const documents = Array.isArray(content.documents) ? content.documents : [];
  return {
    priceFen,
    form: {
      totalPrice: f.totalPrice, discountBp: f.discountBp, deliveryDays: f.deliveryDays, warrantyMonths: f.warrantyMonths,
      sme: f.sme as OpenedPriceForm['sme'], overBudget: priceFen > budgetFen,
      documents: documents.map((d) => {
        const bytes = typeof d.contentBase64 === 'string' ? Buffer.from(d.contentBase64, 'base64') : Buffer.alloc(0);
        // An empty document says nothing about who wrote it: no digest to compare.
        return { name: String(d.name ?? ''), bytes: bytes.length, ...(bytes.length ? { sm3: createHash('sm3').update(bytes).digest('hex') } : {}) };
      }),
    },
  };
}
