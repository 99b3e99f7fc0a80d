import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  EvaluationMethod, type Fen, ProcurementKind, ProcurementMethod, type TenderCriterion, TenderLotState, TenderProjectState,
} from '@zhengcai/schema';
import { graphqlEnum } from '../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../platform/graphql/money.scalar.js';
import { ConnectionType, PageArgs } from '../platform/graphql/pagination.js';
import { TenderLotStateEnum } from './tender-enums.types.js';

export const ProcurementMethodEnum = graphqlEnum(
  ProcurementMethod, 'ProcurementMethod',
  'PUBLIC_TENDER 公开招标, INVITED_TENDER 邀请招标, COMPETITIVE_NEGOTIATION 竞争性谈判, COMPETITIVE_CONSULTATION 竞争性磋商, INQUIRY 询价, SINGLE_SOURCE 单一来源.',
);
export const ProcurementKindEnum = graphqlEnum(ProcurementKind, 'ProcurementKind', 'GOODS, SERVICES, WORKS: fixes the legal price-weight range.');
export const EvaluationMethodEnum = graphqlEnum(EvaluationMethod, 'EvaluationMethod', 'COMPREHENSIVE_SCORING 综合评分法, LOWEST_PRICE 最低评标价法.');
export const TenderProjectStateEnum = graphqlEnum(TenderProjectState, 'TenderProjectState', 'DRAFT, PUBLISHED, COMPLETED (every lot final), CANCELLED.');
const CriterionKindEnum = graphqlEnum({ price: 'price', technical: 'technical', commercial: 'commercial' } as const, 'TenderCriterionKind', 'PRICE (scored by the system), TECHNICAL, COMMERCIAL.');

@ObjectType('TenderCriterion')
export class TenderCriterionType implements TenderCriterion {
  @Field({ description: 'Stable key within the project, e.g. price, technical.' }) key!: string;
  @Field() name!: string;
  @Field(() => Int, { description: 'Points out of 100.' }) weight!: number;
  @Field(() => CriterionKindEnum) kind!: TenderCriterion['kind'];
}

@ObjectType('TenderLot', { description: '标包: budget (最高限价), deposit (0 = none), the bids it needs at the deadline.' })
export class TenderLotType {
  @Field(() => ID) id!: string;
  @Field(() => Int) lotNo!: number;
  @Field() title!: string;
  @Field() scope!: string;
  @Field(() => MoneyScalar) budget!: Fen;
  @Field(() => MoneyScalar) deposit!: Fen;
  @Field(() => Int) minBidders!: number;
  @Field(() => TenderLotStateEnum) state!: TenderLotState;
  @Field(() => String, { nullable: true, description: 'Why the lot failed or was cancelled.' }) failureReason!: string | null;
}

@ObjectType('TenderNotice', { description: 'The public announcement (采购公告) of a project.' })
export class TenderNoticeType {
  @Field(() => ID) id!: string;
  @Field({ description: 'ZC2026-000001' }) projectNo!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => ProcurementMethodEnum) method!: ProcurementMethod;
  @Field(() => ProcurementKindEnum) kind!: ProcurementKind;
  @Field({ description: '政府采购品目 code.' }) categoryCode!: string;
  @Field() buyerName!: string;
  @Field(() => String, { nullable: true }) agencyName!: string | null;
  @Field(() => MoneyScalar, { description: 'The sum of the lots’ budgets.' }) budget!: Fen;
  @Field(() => EvaluationMethodEnum) evaluationMethod!: EvaluationMethod;
  @Field(() => [TenderCriterionType]) criteria!: TenderCriterion[];
  @Field(() => Int, { description: 'SME price deduction in basis points (1000 = 10 %).' }) smeDeductionBp!: number;
  @Field({ description: '资格要求' }) qualification!: string;
  @Field(() => TenderProjectStateEnum) state!: TenderProjectState;
  @Field(() => Date, { nullable: true }) documentsFrom!: Date | null;
  @Field(() => Date, { nullable: true }) documentsUntil!: Date | null;
  @Field(() => Date, { nullable: true, description: '投标截止 = 开标; moves when a late clarification forces it.' }) bidDeadline!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => [TenderLotType]) lots!: TenderLotType[];
}

@ObjectType('TenderDocument', { description: 'A file of the tender documents (招标文件) with its SM3 digest.' })
export class TenderDocumentType {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field() mimeType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'SM3 of the bytes, hex.' }) sm3!: string;
  @Field() uploadedAt!: Date;
}

@ObjectType('TenderDocumentFile')
export class TenderDocumentFileType {
  @Field() fileName!: string;
  @Field() mimeType!: string;
  @Field() sm3!: string;
  @Field() contentBase64!: string;
}

@ObjectType('TenderQuestion', { description: "A supplier's question; who asked is never shown." })
export class TenderQuestionType {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field() askedAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The clarification that answered it.' }) answeredById!: string | null;
}

@ObjectType('TenderClarification', { description: '澄清/修改, published to every registered supplier and on the notice.' })
export class TenderClarificationType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field({ description: 'May affect bid preparation.' }) affectsBids!: boolean;
  @Field(() => Date, { nullable: true, description: 'Set when this clarification moved the bid deadline.' }) oldBidDeadline!: Date | null;
  @Field(() => Date, { nullable: true }) newBidDeadline!: Date | null;
  @Field() publishedAt!: Date;
}

@ObjectType('TenderProject', { description: "The owner's view of a project: the notice plus documents, questions and registrations." })
export class TenderProjectType extends TenderNoticeType {
  @Field(() => ID) buyerId!: string;
  @Field(() => ID, { nullable: true }) agencyId!: string | null;
  @Field(() => ID) budgetLineId!: string;
  @Field() createdAt!: Date;
  @Field(() => [TenderDocumentType]) documents!: TenderDocumentType[];
  @Field(() => [TenderQuestionType]) questions!: TenderQuestionType[];
  @Field(() => Int, { description: 'Suppliers registered (报名).' }) registrations!: number;
  @Field(() => Int) documentDownloads!: number;
}

@ObjectType('TenderRegistration', { description: "A supplier's registration (报名) with the notice and the documents it may download." })
export class TenderRegistrationType {
  @Field(() => ID) id!: string;
  @Field() registeredAt!: Date;
  @Field(() => TenderNoticeType) notice!: TenderNoticeType;
  @Field(() => [TenderDocumentType]) documents!: TenderDocumentType[];
}

@ObjectType() export class TenderNoticeConnection extends ConnectionType(TenderNoticeType) {}
@ObjectType() export class TenderProjectConnection extends ConnectionType(TenderProjectType) {}
@ObjectType() export class TenderRegistrationConnection extends ConnectionType(TenderRegistrationType) {}

@ArgsType()
export class TenderAnnouncementsArgs extends PageArgs {
  @Field(() => ProcurementMethodEnum, { nullable: true }) method?: ProcurementMethod | null;
  @Field(() => String, { nullable: true, description: 'A 品目 code; matches the code and everything below it (A02 → A02010104).' }) categoryCode?: string | null;
}

@InputType()
export class TenderCriterionInput {
  @Field() key!: string;
  @Field() name!: string;
  @Field(() => Int) weight!: number;
  @Field(() => CriterionKindEnum) kind!: TenderCriterion['kind'];
}

@InputType()
export class TenderLotInput {
  @Field() title!: string;
  @Field() scope!: string;
  @Field(() => MoneyScalar, { description: '最高限价, > 0.' }) budget!: Fen;
  @Field(() => MoneyScalar, { description: '投标保证金: 0 = none; at most 2 % of the budget.' }) deposit!: Fen;
}

@InputType()
export class TenderProjectInput {
  @Field(() => ID, { nullable: true, description: 'Agencies: the purchasing unit they act for. Purchasers buy for their own unit.' }) buyerId?: string | null;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => ProcurementMethodEnum) method!: ProcurementMethod;
  @Field(() => ProcurementKindEnum) kind!: ProcurementKind;
  @Field({ description: 'A code of the tenant’s 品目 tree.' }) categoryCode!: string;
  @Field(() => ID, { description: "A budget line of the buying unit; the project's total is frozen on it at publication." }) budgetLineId!: string;
  @Field(() => EvaluationMethodEnum) evaluationMethod!: EvaluationMethod;
  @Field(() => [TenderCriterionInput], { description: 'Comprehensive scoring: weights sum to 100, one PRICE criterion. Lowest price: none.' }) criteria!: TenderCriterionInput[];
  @Field(() => Int, { description: 'SME price deduction in basis points, 1000–2000.' }) smeDeductionBp!: number;
  @Field() qualification!: string;
  @Field() documentsFrom!: Date;
  @Field() documentsUntil!: Date;
  @Field() bidDeadline!: Date;
  @Field(() => [TenderLotInput]) lots!: TenderLotInput[];
}

@InputType()
export class TenderClarificationInput {
  @Field() title!: string;
  @Field() body!: string;
  @Field({ description: 'May affect bid preparation: with under 15 days left, the bid deadline moves so that 15 remain.' }) affectsBids!: boolean;
  @Field(() => [ID], { nullable: true, description: 'Questions this clarification answers.' }) questionIds?: string[] | null;
}
