import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { type Fen, FinancingState, FinancingSubjectType } from '@zhengcai/schema';
import { graphqlEnum } from '../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../platform/graphql/money.scalar.js';

export const FinancingSubjectTypeEnum = graphqlEnum(FinancingSubjectType, 'FinancingSubjectType', 'TENDER_CONTRACT 政府采购合同（招标）, MALL_ORDER 网上超市订单（直购、询价或竞价）.');
export const FinancingStateEnum = graphqlEnum(
  FinancingState,
  'FinancingState',
  'APPLIED 已申请, APPROVED 已批准（回款账户已锁定）, REJECTED 已拒绝, DISBURSED 已放款, REPAID 已还款（锁定解除）.',
);

@ObjectType('Lender', { description: 'A bank offering contract financing (政采贷), registered by the operators.' })
export class LenderType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: '统一社会信用代码.' }) uscc!: string;
  @Field({ description: 'Where application packages are posted.' }) webhookUrl!: string;
  @Field({ description: "The lender's SM2 public key (uncompressed hex): verifies its status notices." }) publicKey!: string;
  @Field() repaymentBankName!: string;
  @Field() repaymentAccountName!: string;
  @Field() repaymentAccountNo!: string;
  @Field() active!: boolean;
}

@InputType()
export class LenderInput {
  @Field() name!: string;
  @Field() uscc!: string;
  @Field() webhookUrl!: string;
  @Field() publicKey!: string;
  @Field() repaymentBankName!: string;
  @Field() repaymentAccountName!: string;
  @Field() repaymentAccountNo!: string;
}

@ObjectType('PayeeAccountLock', { description: '回款账户锁定: payments for the contract go to this account until the lender reports repayment.' })
export class PayeeAccountLockType {
  @Field(() => ID) id!: string;
  @Field(() => ID) lenderId!: string;
  @Field() bankName!: string;
  @Field() accountName!: string;
  @Field() accountNo!: string;
  @Field() lockedAt!: Date;
}

@ObjectType('SubjectPayeeAccount', { description: "Where a contract's or order's payments go: the payee's own account, or a lender's while locked." })
export class SubjectPayeeAccountType {
  @Field(() => FinancingSubjectTypeEnum) subjectType!: FinancingSubjectType;
  @Field(() => ID) subjectId!: string;
  @Field() locked!: boolean;
  @Field(() => PayeeAccountLockType, { nullable: true }) lock!: PayeeAccountLockType | null;
}

@ObjectType('FinanceableContract', { description: "One of the supplier's contracts that can be financed now." })
export class FinanceableContractType {
  @Field(() => FinancingSubjectTypeEnum) subjectType!: FinancingSubjectType;
  @Field(() => ID) subjectId!: string;
  @Field() contractNo!: string;
  @Field() title!: string;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field() buyerName!: string;
  @Field({ description: 'accepted, pending, or not_applicable (tender contracts: accepted outside the platform).' }) acceptanceStatus!: string;
  @Field(() => ID, { nullable: true, description: 'The open application on it, if any.' }) openApplicationId!: string | null;
  @Field(() => PayeeAccountLockType, { nullable: true }) lock!: PayeeAccountLockType | null;
}

@ObjectType('FinancingApplication', { description: 'A financing application and what the lender answered.' })
export class FinancingApplicationType {
  @Field(() => ID) id!: string;
  @Field(() => FinancingSubjectTypeEnum) subjectType!: FinancingSubjectType;
  @Field(() => ID) subjectId!: string;
  @Field() contractNo!: string;
  @Field(() => MoneyScalar) contractAmount!: Fen;
  @Field(() => ID) supplierOrganisationId!: string;
  @Field() supplierName!: string;
  @Field(() => ID) lenderId!: string;
  @Field() lenderName!: string;
  @Field(() => MoneyScalar, { description: 'The amount requested.' }) amount!: Fen;
  @Field(() => FinancingStateEnum) state!: FinancingState;
  @Field() consentAt!: Date;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the lender acknowledged the package.' }) deliveredAt!: Date | null;
  @Field({ description: 'Delivery attempts so far.' }) deliveryAttempts!: number;
  @Field(() => String, { nullable: true }) lastDeliveryError!: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'The amount the lender approved or disbursed.' }) lenderAmount!: Fen | null;
  @Field(() => String, { nullable: true }) lenderReason!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field({ description: 'The signed package exactly as sent (canonical JSON).' }) package!: string;
  @Field({ description: 'SM2 signature (hex r‖s, SM3, user ID 1234567812345678) of the package.' }) packageSignature!: string;
  @Field({ description: 'SM3 fingerprint of the platform key that signed.' }) platformKeyId!: string;
}

@InputType()
export class ApplyForFinancingInput {
  @Field(() => FinancingSubjectTypeEnum) subjectType!: FinancingSubjectType;
  @Field(() => ID) subjectId!: string;
  @Field(() => ID) lenderId!: string;
  @Field(() => MoneyScalar, { description: 'The amount requested, at most the contract amount.' }) amount!: Fen;
  @Field({ description: 'Must be true: the supplier consents to sending its contract data to the lender.' }) consent!: boolean;
}

@ObjectType('FinancingPlatformKey', { description: "The province's SM2 key that signs financing packages." })
export class FinancingPlatformKeyType {
  @Field() publicKey!: string;
  @Field({ description: 'SM3 of the public key, hex: the key id in the package headers.' }) keyId!: string;
}
