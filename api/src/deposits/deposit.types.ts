import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  DepositPaidVia, DepositRefundState, DepositState, DepositTransferFlag, DepositTransferState, type Fen, GuaranteeIssuerKind, GuaranteeSignatureAlgorithm, GuaranteeState,
} from '@zhengcai/schema';
import { graphqlEnum } from '../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../platform/graphql/money.scalar.js';

export const DepositStateEnum = graphqlEnum(DepositState, 'DepositState', 'DUE 待缴纳, HELD 已缴纳（在押）, REFUNDED 已退还（退款已发起）, FORFEITED 已没收, CHALLENGED 没收异议中, APPLIED 已抵作成交价款（公物拍卖的买受人）.');
export const DepositPaidViaEnum = graphqlEnum(DepositPaidVia, 'DepositPaidVia', 'ALIPAY 支付宝, BANK_TRANSFER 银行转账（虚拟子账号）.');
export const DepositRefundStateEnum = graphqlEnum(
  DepositRefundState,
  'DepositRefundState',
  'PENDING 支付宝退款待答复 (the sweep repeats it), AWAITING_BANK 待财务确认银行转账, COMPLETED 已全部退还.',
);
export const DepositTransferStateEnum = graphqlEnum(DepositTransferState, 'DepositTransferState', 'MATCHED 已匹配, FLAGGED 待核查, RETURNED 已退回（款项已退付款人）.');
export const DepositTransferFlagEnum = graphqlEnum(
  DepositTransferFlag,
  'DepositTransferFlag',
  'UNKNOWN_REFERENCE 非本平台虚拟子账号, NO_OPEN_DEPOSIT 该供应商无待缴保证金, AMOUNT_OVER 多缴, AMOUNT_UNDER 少缴.',
);

@ObjectType('DepositRefund', { description: "A deposit's one refund: principal, interest and late charge, with the formula." })
export class DepositRefundType {
  @Field(() => ID) id!: string;
  @Field() trigger!: string;
  @Field() triggeredAt!: Date;
  @Field({ description: 'The end of the legal refund period.' }) dueBy!: Date;
  @Field(() => DepositPaidViaEnum) method!: DepositPaidVia;
  @Field(() => MoneyScalar) principal!: Fen;
  @Field(() => MoneyScalar) interest!: Fen;
  @Field(() => MoneyScalar) lateCharge!: Fen;
  @Field(() => MoneyScalar) total!: Fen;
  @Field(() => MoneyScalar, { description: 'What goes out by bank transfer (finance confirms it).' }) bankTransfer!: Fen;
  @Field(() => Int) daysHeld!: number;
  @Field(() => Int) lateDays!: number;
  @Field() formula!: string;
  @Field() outRequestNo!: string;
  @Field(() => DepositRefundStateEnum) state!: DepositRefundState;
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field(() => String, { nullable: true }) bankSerialNo!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
}

@ObjectType('Deposit', { description: "A supplier's bid deposit (投标保证金) for one lot." })
export class DepositType {
  @Field(() => ID) id!: string;
  @Field(() => ID) lotId!: string;
  @Field(() => Int) lotNo!: number;
  @Field() lotTitle!: string;
  @Field(() => ID) projectId!: string;
  @Field() projectNo!: string;
  @Field() projectTitle!: string;
  @Field(() => ID) supplierOrganisationId!: string;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field(() => DepositStateEnum) state!: DepositState;
  @Field({ description: '虚拟子账号: quote it on the bank transfer.' }) virtualAccountRef!: string;
  @Field(() => DepositPaidViaEnum, { nullable: true }) paidVia!: DepositPaidVia | null;
  @Field(() => String, { nullable: true }) paymentReference!: string | null;
  @Field(() => Date, { nullable: true }) paidAt!: Date | null;
  @Field(() => String, { nullable: true }) forfeitReason!: string | null;
  @Field(() => String, { nullable: true }) challengeGrounds!: string | null;
  @Field(() => String, { nullable: true }) challengeDecision!: string | null;
  @Field(() => DepositRefundType, { nullable: true }) refund!: DepositRefundType | null;
  @Field() createdAt!: Date;
}

@ObjectType('DepositTransfer', { description: 'An incoming bank transfer for a deposit.' })
export class DepositTransferType {
  @Field(() => ID) id!: string;
  @Field() bankSerialNo!: string;
  @Field() reference!: string;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field() payerAccountName!: string;
  @Field() arrivedAt!: Date;
  @Field(() => DepositTransferStateEnum) state!: DepositTransferState;
  @Field(() => DepositTransferFlagEnum, { nullable: true }) flag!: DepositTransferFlag | null;
  @Field(() => ID, { nullable: true }) depositId!: string | null;
  @Field(() => String, { nullable: true, description: 'The bank serial no. of the return to the payer (RETURNED).' }) returnSerialNo!: string | null;
  @Field(() => String, { nullable: true }) returnNote!: string | null;
  @Field(() => Date, { nullable: true }) returnedAt!: Date | null;
}

@InputType()
export class RecordDepositTransferInput {
  @Field({ description: 'The bank serial number (unique).' }) bankSerialNo!: string;
  @Field({ description: 'The virtual account reference the payer quoted.' }) reference!: string;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field() payerAccountName!: string;
  @Field() arrivedAt!: Date;
}

@ObjectType('DepositReconciliationRow', { description: 'One deposit in the reconciliation: paid = refunded + forfeited + held, or flagged.' })
export class DepositReconciliationRowType {
  @Field(() => ID) depositId!: string;
  @Field(() => ID) lotId!: string;
  @Field(() => Int) lotNo!: number;
  @Field() lotTitle!: string;
  @Field(() => ID) projectId!: string;
  @Field() projectNo!: string;
  @Field() projectTitle!: string;
  @Field(() => ID) supplierOrganisationId!: string;
  @Field() supplierName!: string;
  @Field(() => DepositStateEnum) state!: string;
  @Field(() => MoneyScalar) paid!: Fen;
  @Field(() => MoneyScalar) refundedPrincipal!: Fen;
  @Field(() => MoneyScalar) interest!: Fen;
  @Field(() => MoneyScalar) lateCharge!: Fen;
  @Field(() => MoneyScalar) forfeited!: Fen;
  @Field(() => MoneyScalar) held!: Fen;
  @Field(() => DepositRefundStateEnum, { nullable: true }) refundState!: string | null;
  @Field(() => MoneyScalar) difference!: Fen;
  @Field() flagged!: boolean;
}

@ObjectType('DepositReconciliation')
export class DepositReconciliationType {
  @Field(() => [DepositReconciliationRowType]) rows!: DepositReconciliationRowType[];
  @Field(() => Int, { description: 'Rows whose money does not add up.' }) flaggedCount!: number;
  @Field({ description: 'The same report as an xlsx workbook, base64 (only when asked with xlsx: true).', nullable: true }) xlsxBase64?: string;
}

export const GuaranteeIssuerKindEnum = graphqlEnum(GuaranteeIssuerKind, 'GuaranteeIssuerKind', 'BANK 银行, INSURER 保险公司, GUARANTEE_COMPANY 担保公司.');
export const GuaranteeSignatureAlgorithmEnum = graphqlEnum(
  GuaranteeSignatureAlgorithm,
  'GuaranteeSignatureAlgorithm',
  "SM2 (SM3 with user ID 1234567812345678; public key uncompressed hex; signature hex r‖s) or RSA (SHA-256; SPKI PEM; signature base64).",
);
export const GuaranteeStateEnum = graphqlEnum(GuaranteeState, 'GuaranteeState', 'ACCEPTED 已核验（有效）, RELEASED 已释放（通知出函机构）, CLAIMED 已索赔.');

@ObjectType('GuaranteeIssuer', { description: 'A registered issuer of electronic guarantees (电子保函).' })
export class GuaranteeIssuerType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => GuaranteeIssuerKindEnum) kind!: GuaranteeIssuerKind;
  @Field(() => GuaranteeSignatureAlgorithmEnum) algorithm!: GuaranteeSignatureAlgorithm;
  @Field() publicKey!: string;
  @Field(() => String, { nullable: true }) callbackUrl!: string | null;
}

@InputType()
export class RegisterGuaranteeIssuerInput {
  @Field() name!: string;
  @Field(() => GuaranteeIssuerKindEnum) kind!: GuaranteeIssuerKind;
  @Field(() => GuaranteeSignatureAlgorithmEnum) algorithm!: GuaranteeSignatureAlgorithm;
  @Field() publicKey!: string;
  @Field(() => String, { nullable: true, description: 'Release notices are posted here; without it they are kept as files.' }) callbackUrl?: string | null;
}

@ObjectType('Guarantee', { description: 'An electronic bid guarantee in place of a deposit.' })
export class GuaranteeType {
  @Field(() => ID) id!: string;
  @Field() guaranteeNo!: string;
  @Field(() => ID) issuerId!: string;
  @Field() issuerName!: string;
  @Field(() => ID) lotId!: string;
  @Field(() => Int) lotNo!: number;
  @Field() lotTitle!: string;
  @Field(() => ID) projectId!: string;
  @Field() projectNo!: string;
  @Field() projectTitle!: string;
  @Field(() => ID) supplierOrganisationId!: string;
  @Field() beneficiary!: string;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field() validFrom!: Date;
  @Field() validUntil!: Date;
  @Field(() => GuaranteeStateEnum) state!: GuaranteeState;
  @Field(() => String, { nullable: true }) releaseTrigger!: string | null;
  @Field(() => Date, { nullable: true }) releasedAt!: Date | null;
  @Field(() => Date, { nullable: true }) releaseNotifiedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The release notice (JSON) as sent to the issuer, or as the file to send.' }) releaseNotice!: string | null;
  @Field(() => String, { nullable: true }) claimReason!: string | null;
  @Field(() => [String], { nullable: true }) claimEvidence!: string[] | null;
}

@InputType()
export class PresentGuaranteeInput {
  @Field(() => ID) issuerId!: string;
  @Field() guaranteeNo!: string;
  @Field(() => ID) lotId!: string;
  @Field() beneficiary!: string;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field() validFrom!: Date;
  @Field() validUntil!: Date;
  @Field({ description: "The issuer's signature over the guarantee's terms (docs/tender.md, Deposits)." }) signature!: string;
}
