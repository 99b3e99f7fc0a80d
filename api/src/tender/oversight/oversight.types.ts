import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ProcurementMethod, TenderLotState, TenderProjectState } from '@zhengcai/schema';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { ExpertProfileType } from '../../platform/identity/identity.types.js';
import { ChallengeType, LotSuspensionType } from '../award/award.types.js';
import { TenderLotStateEnum } from '../tender-enums.types.js';
import { ProcurementMethodEnum, TenderProjectStateEnum } from '../tender-project.types.js';

@ArgsType()
export class TenderProjectsArgs extends PageArgs {
  @Field(() => TenderProjectStateEnum, { nullable: true }) state?: TenderProjectState | null;
  @Field(() => ProcurementMethodEnum, { nullable: true }) method?: ProcurementMethod | null;
}

@ObjectType('TenderLotOversight', { description: "What the regulator sees of a lot's disputes: its challenges (with their complaints) and suspensions." })
export class LotOversightType {
  @Field(() => ID) lotId!: string;
  @Field(() => Int) lotNo!: number;
  @Field() lotTitle!: string;
  @Field(() => TenderLotStateEnum) lotState!: TenderLotState;
  @Field(() => ID) projectId!: string;
  @Field() projectNo!: string;
  @Field() projectTitle!: string;
  @Field({ description: 'A suspension is in force.' }) suspended!: boolean;
  @Field(() => [ChallengeType], { description: 'Newest first, each with its complaint.' }) challenges!: ChallengeType[];
  @Field(() => [LotSuspensionType], { description: 'Newest first.' }) suspensions!: LotSuspensionType[];
}

@ObjectType('EvaluationExpert', { description: 'An expert of the province’s pool with the profile draws use.' })
export class EvaluationExpertType {
  @Field(() => ID) id!: string;
  @Field() loginName!: string;
  @Field() displayName!: string;
  @Field() active!: boolean;
  @Field(() => ID) organisationId!: string;
  @Field() organisationName!: string;
  @Field() createdAt!: Date;
  @Field(() => ExpertProfileType) profile!: ExpertProfileType;
}
