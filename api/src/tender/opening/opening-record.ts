import type { EntityManager } from '@mikro-orm/postgresql';
import { TenderBid, TenderBidState, type TenderLot, TenderLotState } from '@zhengcai/schema';
import type { OpenedPriceForm } from '../sealing/price-form.js';

/** Bidders decrypt within 30 minutes of the bid deadline (= the opening); then the opening is concluded. */
export const DECRYPTION_WINDOW_MS = 30 * 60_000;

export const decryptionEndsAt = (lot: TenderLot): Date | null =>
  lot.project.bidDeadline ? new Date(lot.project.bidDeadline.getTime() + DECRYPTION_WINDOW_MS) : null;

export interface OpeningEntry {
  bidId: string;
  supplierName: string;
  state: TenderBidState;
  submittedAt: string;
  openedAt: string | null;
  /** Fen as a decimal string (the record travels as JSON between API processes). */
  priceFen: string | null;
  discountBp: number | null;
  deliveryDays: number | null;
  warrantyMonths: number | null;
  sme: string | null;
  overBudget: boolean | null;
  reason: string | null;
}

/** 开标记录: public once the opening starts; nothing about bidders before it. */
export interface OpeningRecord {
  lotId: string;
  projectNo: string;
  projectTitle: string;
  lotNo: number;
  lotTitle: string;
  lotState: TenderLotState;
  budgetFen: string;
  bidDeadline: string | null;
  decryptionEndsAt: string | null;
  failureReason: string | null;
  entries: OpeningEntry[];
}

const SHOWN = [TenderBidState.Submitted, TenderBidState.Opened, TenderBidState.Invalid, TenderBidState.NotDecrypted, TenderBidState.Disqualified];
const SEALED_STATES: readonly TenderLotState[] = [TenderLotState.Draft, TenderLotState.Bidding];

export async function buildOpeningRecord(em: EntityManager, lot: TenderLot): Promise<OpeningRecord> {
  const bids = SEALED_STATES.includes(lot.state) || lot.state === TenderLotState.Cancelled
    ? []
    : await em.find(TenderBid, { lot, state: { $in: SHOWN } }, { populate: ['supplier'], orderBy: { submittedAt: 'asc', id: 'asc' } });
  return {
    lotId: lot.id, projectNo: lot.project.projectNo, projectTitle: lot.project.title, lotNo: lot.lotNo, lotTitle: lot.title, lotState: lot.state,
    budgetFen: lot.budgetFen.toString(), bidDeadline: lot.project.bidDeadline?.toISOString() ?? null, decryptionEndsAt: decryptionEndsAt(lot)?.toISOString() ?? null,
    failureReason: lot.failureReason ?? null,
    entries: bids.map((b) => {
      const form = b.state === TenderBidState.Opened || b.state === TenderBidState.Disqualified ? (b.priceForm as unknown as OpenedPriceForm | null) : null;
      return {
        bidId: b.id, supplierName: b.supplier.name, state: b.state, submittedAt: b.submittedAt.toISOString(), openedAt: b.openedAt?.toISOString() ?? null,
        priceFen: form ? (b.priceFen?.toString() ?? null) : null, discountBp: form?.discountBp ?? null, deliveryDays: form?.deliveryDays ?? null,
        warrantyMonths: form?.warrantyMonths ?? null, sme: form?.sme ?? null, overBudget: form?.overBudget ?? null,
        reason: b.state === TenderBidState.Invalid || b.state === TenderBidState.NotDecrypted ? (b.stateReason ?? null) : null,
      };
    }),
  };
}
