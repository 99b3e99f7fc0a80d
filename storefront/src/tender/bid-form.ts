import { normaliseMoneyInput, percentInputToBasisPoints } from '@zhengcai/web-kit';
import type { PriceForm, SmeDeclaration } from '@zhengcai/web-kit';

/** Problems found before sealing: field → message key. */
export type FormProblems = Record<string, string>;

/** 开标一览表 as typed: text boxes, converted on digits (never floats). */
export interface PriceFormInput {
  totalPrice: string;
  /** Percent with up to two decimals ("2.5" = 250 bp). */
  discountPercent: string;
  deliveryDays: string;
  warrantyMonths: string;
  sme: SmeDeclaration;
}

export const SME_CHOICES: SmeDeclaration[] = ['none', 'medium', 'small', 'micro', 'prison_enterprise', 'disability_welfare_unit'];

export const emptyPriceForm = (): PriceFormInput => ({ totalPrice: '', discountPercent: '0', deliveryDays: '', warrantyMonths: '', sme: 'none' });

/**
 * A bid travels in one GraphQL request, capped at 1 MB by the API; base64 grows a file by a
 * third and the sealed text is base64 again, so the documents together stay under 350 KB.
 */
export const DOCUMENTS_MAX_BYTES = 350 * 1024;

function wholeNumber(text: string, max: number): number | null {
  const s = text.trim();
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n <= max ? n : null;
}

export function toPriceForm(form: PriceFormInput): { priceForm: PriceForm | null; problems: FormProblems } {
  const problems: FormProblems = {};
  const totalPrice = normaliseMoneyInput(form.totalPrice);
  if (totalPrice == null || !/^\d+\.\d{2}$/.test(totalPrice) || /^0+\.00$/.test(totalPrice)) problems.totalPrice = 'bid.priceFormat';
  const discountBp = percentInputToBasisPoints(form.discountPercent.trim() === '' ? '0' : form.discountPercent);
  if (discountBp == null || discountBp < 0 || discountBp > 10_000) problems.discountBp = 'bid.discountFormat';
  const deliveryDays = wholeNumber(form.deliveryDays, 3650);
  if (deliveryDays == null || deliveryDays < 1) problems.deliveryDays = 'bid.daysFormat';
  const warrantyMonths = wholeNumber(form.warrantyMonths, 600);
  if (warrantyMonths == null) problems.warrantyMonths = 'bid.monthsFormat';
  if (!SME_CHOICES.includes(form.sme)) problems.sme = 'bid.smeRequired';
  if (Object.keys(problems).length) return { priceForm: null, problems };
  return { priceForm: { totalPrice: totalPrice!, discountBp: discountBp!, deliveryDays: deliveryDays!, warrantyMonths: warrantyMonths!, sme: form.sme }, problems };
}

/** Size of the documents as sent; over the limit → the message key. */
export function documentsProblem(sizes: number[]): string | null {
  return sizes.reduce((a, b) => a + b, 0) > DOCUMENTS_MAX_BYTES ? 'bid.documentsTooLarge' : null;
}

/**
 * The server's clock as seen from here: the offset from the last server time we were told
 * (a receipt's `serverTime`) and the local time when the answer arrived. Before any answer the
 * local clock is all there is, and the page says so.
 */
export class ServerClock {
  private offsetMs: number | null = null;

  constructor(private readonly localNow: () => number = () => Date.now()) {}

  /** A server timestamp just received. */
  sync(serverTime: string) {
    const t = Date.parse(serverTime);
    if (!Number.isNaN(t)) this.offsetMs = t - this.localNow();
  }

  get synced(): boolean {
    return this.offsetMs != null;
  }

  now(): number {
    return this.localNow() + (this.offsetMs ?? 0);
  }
}

/** Time left until the deadline as {days, hours, minutes, seconds}; null once passed. */
export function countdown(deadline: string | Date, now: number): { days: number; hours: number; minutes: number; seconds: number } | null {
  const left = Math.floor(((deadline instanceof Date ? deadline.getTime() : Date.parse(deadline)) - now) / 1000);
  if (!(left > 0)) return null;
  return { days: Math.floor(left / 86_400), hours: Math.floor((left % 86_400) / 3600), minutes: Math.floor((left % 3600) / 60), seconds: left % 60 };
}
