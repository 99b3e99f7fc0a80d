import type { EntityManager } from '@mikro-orm/postgresql';
import { TenderBidState, type TenderLot, TenderLotState } from '@zhengcai/schema';
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

interface EntryRow {
  id: string;
  supplier_name: string;
  state: TenderBidState;
  submitted_at: Date;
  opened_at: Date | null;
  price_fen: string | null;
  price_form: OpenedPriceForm | null;
  state_reason: string | null;
}

/**
 * Rebuilt a few times a second during a large opening, so the bids are read as plain rows
 * (one projection, no entities): hydrating a thousand bids and their suppliers each time held
 * the event loop long enough to slow every other bidder's release.
 */
export async function buildOpeningRecord(em: EntityManager, lot: TenderLot): Promise<OpeningRecord> {
  const rows = SEALED_STATES.includes(lot.state) || lot.state === TenderLotState.Cancelled
    ? []
    : await em.execute<EntryRow[]>(
      `select b.id, o.name as supplier_name, b.state, b.submitted_at, b.opened_at, b.price_fen::text as price_fen, b.price_form, b.state_reason
         from tender_bid b join organisation o on o.id = b.supplier_id
        where b.lot_id = ? and b.state = any(?::tender_bid_state[])
        order by b.submitted_at, b.id`,
      [lot.id, `{${SHOWN.join(',')}}`],
    );
  return {
    lotId: lot.id, projectNo: lot.project.projectNo, projectTitle: lot.project.title, lotNo: lot.lotNo, lotTitle: lot.title, lotState: lot.state,
    budgetFen: lot.budgetFen.toString(), bidDeadline: lot.project.bidDeadline?.toISOString() ?? null, decryptionEndsAt: decryptionEndsAt(lot)?.toISOString() ?? null,
    failureReason: lot.failureReason ?? null,
    entries: rows.map((b) => {
      const form = b.state === TenderBidState.Opened || b.state === TenderBidState.Disqualified ? b.price_form : null;
      return {
        bidId: b.id, supplierName: b.supplier_name, state: b.state, submittedAt: new Date(b.submitted_at).toISOString(),
        openedAt: b.opened_at ? new Date(b.opened_at).toISOString() : null,
        priceFen: form ? b.price_fen : null, discountBp: form?.discountBp ?? null, deliveryDays: form?.deliveryDays ?? null,
        warrantyMonths: form?.warrantyMonths ?? null, sme: form?.sme ?? null, overBudget: form?.overBudget ?? null,
        reason: b.state === TenderBidState.Invalid || b.state === TenderBidState.NotDecrypted ? b.state_reason : null,
      };
    }),
  };
}
