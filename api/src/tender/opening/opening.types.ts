import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Fen, TenderBidState, TenderLotState } from '@zhengcai/schema';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';
import { TenderBidStateEnum, TenderLotStateEnum } from '../tender-enums.types.js';
import type { OpeningRecord } from './opening-record.js';

@ObjectType('OpeningEntry', { description: 'One bidder in the opening record; price and terms once its bid is decrypted.' })
export class OpeningEntryType {
  @Field(() => ID) bidId!: string;
  @Field() supplierName!: string;
  @Field(() => TenderBidStateEnum) state!: TenderBidState;
  @Field() submittedAt!: Date;
  @Field(() => Date, { nullable: true }) openedAt!: Date | null;
  @Field(() => MoneyScalar, { nullable: true }) price!: Fen | null;
  @Field(() => Int, { nullable: true, description: 'Basis points.' }) discountBp!: number | null;
  @Field(() => Int, { nullable: true }) deliveryDays!: number | null;
  @Field(() => Int, { nullable: true }) warrantyMonths!: number | null;
  @Field(() => String, { nullable: true, description: 'SME declaration: none, medium, small, micro, prison_enterprise, disability_welfare_unit.' }) sme!: string | null;
  @Field(() => Boolean, { nullable: true, description: "Price above the lot's budget (最高限价): recorded and flagged." }) overBudget!: boolean | null;
  @Field(() => String, { nullable: true, description: 'Why invalid (mac_mismatch, digest_mismatch, signature_invalid, undecryptable, price_form_invalid) or not_decrypted.' }) reason!: string | null;
}

@ObjectType('OpeningRecord', { description: '开标记录 of a lot: public; bidders appear once the opening starts.' })
export class OpeningRecordType {
  @Field(() => ID) lotId!: string;
  @Field() projectNo!: string;
  @Field() projectTitle!: string;
  @Field(() => Int) lotNo!: number;
  @Field() lotTitle!: string;
  @Field(() => TenderLotStateEnum) lotState!: TenderLotState;
  @Field(() => MoneyScalar) budget!: Fen;
  @Field(() => Date, { nullable: true }) bidDeadline!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Bids not decrypted by then are treated as withdrawn (30 minutes after the deadline).' }) decryptionEndsAt!: Date | null;
  @Field(() => String, { nullable: true }) failureReason!: string | null;
  @Field(() => [OpeningEntryType]) entries!: OpeningEntryType[];
}

const date = (s: string | null) => (s ? new Date(s) : null);

export function toOpeningRecordType(r: OpeningRecord): OpeningRecordType {
  return {
    ...r, budget: BigInt(r.budgetFen), bidDeadline: date(r.bidDeadline), decryptionEndsAt: date(r.decryptionEndsAt),
    entries: r.entries.map((e) => ({ ...e, submittedAt: new Date(e.submittedAt), openedAt: date(e.openedAt), price: e.priceFen === null ? null : BigInt(e.priceFen) })),
  };
}
