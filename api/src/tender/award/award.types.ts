import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  type Fen, TenderChallengeOutcome, TenderChallengeState, TenderChallengeSubject, TenderComplaintRemedy, TenderComplaintState, TenderContractState, TenderDeadlineKind,
} from '@zhengcai/schema';
import { graphqlEnum } from '../../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';

export const TenderChallengeSubjectEnum = graphqlEnum(TenderChallengeSubject, 'TenderChallengeSubject', 'What a challenge (质疑) is about: DOCUMENTS 采购文件, PROCESS 采购过程, RESULT 中标结果.');
export const TenderChallengeStateEnum = graphqlEnum(TenderChallengeState, 'TenderChallengeState', 'PENDING 待答复 (answer due in 7 working days), ANSWERED 已答复.');
export const TenderChallengeOutcomeEnum = graphqlEnum(TenderChallengeOutcome, 'TenderChallengeOutcome', "The verdict of a challenge answer: UPHELD 质疑成立, PARTLY_UPHELD 部分成立, GROUNDLESS 质疑不成立 (counts against the challenger's integrity).");
export const TenderComplaintStateEnum = graphqlEnum(TenderComplaintState, 'TenderComplaintState', 'PENDING 待处理 (decision due in 30 working days), UPHELD 投诉成立, DISMISSED 驳回.');
export const TenderComplaintRemedyEnum = graphqlEnum(TenderComplaintRemedy, 'TenderComplaintRemedy', 'What an upheld complaint orders: NONE (recorded; the buyer corrects what the decision names), FAIL_LOT (the award is void and the lot fails).');
export const TenderContractStateEnum = graphqlEnum(TenderContractState, 'TenderContractState', 'DRAFT 待签订 (terms editable until the first signature), SIGNED 已签订 (both parties signed; published).');
export const TenderDeadlineKindEnum = graphqlEnum(
  TenderDeadlineKind,
  'TenderDeadlineKind',
  'AWARD_NOTICE (the buyer did not confirm and publish within 5 + 2 working days of the recommendation), CHALLENGE_ANSWER (7 working days), COMPLAINT_DECISION (30 working days), CONTRACT_SIGNING (30 days after the award letter).',
);

@ObjectType('TenderAwardRankingLine', { description: 'One valid bid as the award notice shows it.' })
export class AwardRankingLineType {
  @Field() supplierName!: string;
  @Field(() => MoneyScalar, { description: 'The bid price (投标报价), never the SME-deducted one.' }) price!: Fen;
  @Field(() => Int, { nullable: true, description: 'Total score in hundredths of a point (8523 = 85.23).' }) scoreHundredths!: number | null;
  @Field(() => Int, { nullable: true }) rank!: number | null;
}

@ObjectType('TenderAwardNotice', { description: '中标公告: the confirmed winner of a lot, public from confirmation.' })
export class AwardNoticeType {
  @Field(() => ID) id!: string;
  @Field(() => ID) lotId!: string;
  @Field(() => ID) projectId!: string;
  @Field() projectNo!: string;
  @Field() projectTitle!: string;
  @Field(() => Int) lotNo!: number;
  @Field() lotTitle!: string;
  @Field({ description: "The lot's state now: awarded, contracted or failed." }) lotState!: string;
  @Field(() => ID) winnerOrganisationId!: string;
  @Field() winnerName!: string;
  @Field(() => MoneyScalar, { description: "The winner's bid price: the contract price." }) price!: Fen;
  @Field(() => Int, { nullable: true }) scoreHundredths!: number | null;
  @Field(() => Int, { nullable: true, description: "The winner's rank in the evaluation report (1 unless awarded against the ranking)." }) rank!: number | null;
  @Field(() => String, { nullable: true, description: 'Why another bid than the first ranked won (published).' }) againstRankingReason!: string | null;
  @Field(() => [AwardRankingLineType]) ranking!: AwardRankingLineType[];
  @Field() publishedAt!: Date;
  @Field({ description: 'The notice stays up at least until then (1 working day).' }) noticeUntil!: Date;
  @Field({ description: 'Bidders may challenge until then (7 working days, tenant calendar).' }) challengeUntil!: Date;
  @Field({ description: 'The contract is due by then (30 days after the award letter).' }) contractDueAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the winner declined the award (中标后放弃); the lot failed with it.' }) declinedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "The winner's stated reason for declining (published)." }) declineReason!: string | null;
}

@ObjectType('TenderComplaint', { description: '投诉 to the finance department.' })
export class ComplaintType {
  @Field(() => ID) id!: string;
  @Field(() => ID) challengeId!: string;
  @Field(() => ID) lotId!: string;
  @Field(() => ID) supplierOrganisationId!: string;
  @Field() supplierName!: string;
  @Field() content!: string;
  @Field(() => TenderComplaintStateEnum) state!: TenderComplaintState;
  @Field() decisionDueAt!: Date;
  @Field({ description: 'Pending past its decision deadline.' }) overdue!: boolean;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => TenderComplaintRemedyEnum, { nullable: true }) remedy!: TenderComplaintRemedy | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('TenderChallenge', { description: '质疑 of a lot by one of its bidders, and its answer.' })
export class ChallengeType {
  @Field(() => ID) id!: string;
  @Field(() => ID) lotId!: string;
  @Field() lotTitle!: string;
  @Field() projectNo!: string;
  @Field(() => ID) supplierOrganisationId!: string;
  @Field() supplierName!: string;
  @Field(() => TenderChallengeSubjectEnum) subject!: TenderChallengeSubject;
  @Field() content!: string;
  @Field(() => TenderChallengeStateEnum) state!: TenderChallengeState;
  @Field() answerDueAt!: Date;
  @Field({ description: 'Unanswered past its answer deadline.' }) overdue!: boolean;
  @Field(() => String, { nullable: true }) answer!: string | null;
  @Field(() => TenderChallengeOutcomeEnum, { nullable: true, description: 'The verdict given with the answer; null while pending.' }) outcome!: TenderChallengeOutcome | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => ComplaintType, { nullable: true, description: 'The complaint about this challenge, if filed.' }) complaint!: ComplaintType | null;
  @Field() createdAt!: Date;
}

@ObjectType('TenderChallengeAnswer', { description: "A challenge's answer as published (质疑答复公告): the question and the answer, without the challenger's name." })
export class ChallengeAnswerType {
  @Field(() => ID) id!: string;
  @Field(() => ID) lotId!: string;
  @Field() lotTitle!: string;
  @Field() projectNo!: string;
  @Field(() => TenderChallengeSubjectEnum) subject!: TenderChallengeSubject;
  @Field() content!: string;
  @Field() answer!: string;
  @Field(() => TenderChallengeOutcomeEnum, { nullable: true, description: 'The verdict published with the answer (null for answers given before verdicts were recorded).' }) outcome!: TenderChallengeOutcome | null;
  @Field() answeredAt!: Date;
  @Field({ description: 'When the challenge was filed.' }) createdAt!: Date;
}

@ObjectType('TenderLotSuspension', { description: "The finance department's suspension of a lot (暂停采购活动)." })
export class LotSuspensionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) lotId!: string;
  @Field() reason!: string;
  @Field() suspendedAt!: Date;
  @Field(() => Date, { nullable: true }) liftedAt!: Date | null;
}

@ObjectType('TenderContract', { description: '政府采购合同 of an awarded lot.' })
export class ContractType {
  @Field(() => ID) id!: string;
  @Field() contractNo!: string;
  @Field(() => ID) lotId!: string;
  @Field(() => ID) projectId!: string;
  @Field() projectTitle!: string;
  @Field() lotTitle!: string;
  @Field(() => ID) buyerOrganisationId!: string;
  @Field() buyerName!: string;
  @Field(() => ID) supplierOrganisationId!: string;
  @Field() supplierName!: string;
  @Field(() => MoneyScalar, { description: "The winner's bid price." }) amount!: Fen;
  @Field() paymentTerms!: string;
  @Field() deliveryTerms!: string;
  @Field(() => TenderContractStateEnum) state!: TenderContractState;
  @Field({ description: 'The canonical text both parties sign (canonical JSON).' }) canonicalText!: string;
  @Field({ description: 'SM3 of the canonical text, hex: sign these 32 bytes with SM2 (user ID 1234567812345678).' }) digest!: string;
  @Field(() => String, { nullable: true }) buyerSignature!: string | null;
  @Field(() => Date, { nullable: true }) buyerSignedAt!: Date | null;
  @Field(() => String, { nullable: true }) supplierSignature!: string | null;
  @Field(() => Date, { nullable: true }) supplierSignedAt!: Date | null;
  @Field(() => Date, { nullable: true }) signedAt!: Date | null;
  @Field({ description: 'Signed more than 30 days after the award letter.' }) signedLate!: boolean;
  @Field() dueAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Publication due 2 working days after signing.' }) publicationDueAt!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
}

@ObjectType('TenderDeadlineFlag', { description: 'A tendering deadline the publication sweep found missed.' })
export class DeadlineFlagType {
  @Field(() => ID) id!: string;
  @Field(() => ID) lotId!: string;
  @Field(() => TenderDeadlineKindEnum) kind!: TenderDeadlineKind;
  @Field(() => ID) subjectId!: string;
  @Field() dueAt!: Date;
  @Field() flaggedAt!: Date;
}

@InputType()
export class ConfirmTenderAwardInput {
  @Field(() => ID) lotId!: string;
  @Field(() => ID, { nullable: true, description: 'Another valid bid than the first ranked; needs a reason.' }) bidId?: string | null;
  @Field(() => String, { nullable: true, description: 'Why the award goes against the ranking (published with the notice).' }) reason?: string | null;
}

@InputType()
export class FileTenderChallengeInput {
  @Field(() => ID) lotId!: string;
  @Field(() => TenderChallengeSubjectEnum) subject!: TenderChallengeSubject;
  @Field() content!: string;
}

@InputType()
export class DecideTenderComplaintInput {
  @Field(() => ID) id!: string;
  @Field({ description: 'true: the complaint is upheld (投诉成立); false: dismissed.' }) upheld!: boolean;
  @Field() reason!: string;
  @Field(() => TenderComplaintRemedyEnum, { defaultValue: TenderComplaintRemedy.None }) remedy!: TenderComplaintRemedy;
}

@InputType()
export class TenderContractTermsInput {
  @Field(() => String, { nullable: true }) paymentTerms?: string | null;
  @Field(() => String, { nullable: true }) deliveryTerms?: string | null;
}
