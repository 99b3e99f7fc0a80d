/** 采购方式: how a project is procured (政府采购法 art. 26). */
export enum ProcurementMethod {
  /** 公开招标 */
  PublicTender = 'public_tender',
  /** 邀请招标 */
  InvitedTender = 'invited_tender',
  /** 竞争性谈判 */
  CompetitiveNegotiation = 'competitive_negotiation',
  /** 竞争性磋商 */
  CompetitiveConsultation = 'competitive_consultation',
  /** 询价 */
  Inquiry = 'inquiry',
  /** 单一来源 */
  SingleSource = 'single_source',
}

/** What is bought: it fixes the legal price-weight range (goods 30–60, services 10–30). */
export enum ProcurementKind {
  Goods = 'goods',
  Services = 'services',
  Works = 'works',
}

/** 评标方法 */
export enum EvaluationMethod {
  /** 综合评分法: price score + other criteria, weights sum to 100. */
  ComprehensiveScoring = 'comprehensive_scoring',
  /** 最低评标价法: the lowest valid evaluated price wins. */
  LowestPrice = 'lowest_price',
}

/** A project's life; the detailed process runs per lot (TenderLotState). */
export enum TenderProjectState {
  /** Being prepared by the buyer or its agency; nothing public. */
  Draft = 'draft',
  /** The announcement is out: documents available, bids accepted until the deadline. */
  Published = 'published',
  /** Every lot reached an end (contracted, failed or cancelled). */
  Completed = 'completed',
  /** Cancelled by the buyer with a reason, before any award. */
  Cancelled = 'cancelled',
}

/** A lot (标包) from announcement to contract. */
export enum TenderLotState {
  Draft = 'draft',
  /** Announced; sealed bids accepted until the bid deadline. */
  Bidding = 'bidding',
  /** The deadline passed with enough bids: bidders decrypt online (不见面开标). */
  Opening = 'opening',
  /** Opened with enough valid bids: the panel is drawn and scores. */
  Evaluating = 'evaluating',
  /** The panel's report and ranking are in; the buyer confirms the winner. */
  Recommended = 'recommended',
  /** The award notice is published (challenge window runs). */
  Awarded = 'awarded',
  /** The contract is signed by both parties. */
  Contracted = 'contracted',
  /** 流标/废标, with the reason. */
  Failed = 'failed',
  Cancelled = 'cancelled',
}

/** A sealed bid's life. One live bid (submitted or opened) per supplier and lot. */
export enum TenderBidState {
  /** Sealed: ciphertext, digest and signature only. */
  Submitted = 'submitted',
  /** Withdrawn by the supplier before the deadline. */
  Withdrawn = 'withdrawn',
  /** Superseded by the supplier's newer bid before the deadline. */
  Replaced = 'replaced',
  /** Decrypted at opening; digest and signature verified; its price form is readable. */
  Opened = 'opened',
  /** The bidder did not release a key that decrypts it in time: treated as withdrawn (电子招标投标办法). */
  NotDecrypted = 'not_decrypted',
  /** Decrypted but the digest or signature does not match: tampered, void. */
  Invalid = 'invalid',
  /** Opened, then found non-compliant in the qualification or compliance review, with a reason. */
  Disqualified = 'disqualified',
}

/** One scoring criterion of 综合评分法; the price criterion is scored by the system. */
export interface TenderCriterion {
  /** Stable key within the project, e.g. `price`, `technical`, `service`. */
  key: string;
  name: string;
  /** Points out of 100. */
  weight: number;
  kind: 'price' | 'technical' | 'commercial';
}
