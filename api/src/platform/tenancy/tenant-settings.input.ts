import { Field, InputType, PartialType } from '@nestjs/graphql';
import {
  ChallengeRules,
  DepositRules,
  EvaluationRules,
  FinancingRules,
  InspectionRules,
  IntegrityRules,
  MallRules,
  NotificationRules,
  PurchaseRouteRules,
  SignalRules,
  SourcingRules,
  TenderRules,
} from './tenant.types.js';

// Each input is its output type with every field optional: omitted fields keep their value.
@InputType() export class PurchaseRouteRulesInput extends PartialType(PurchaseRouteRules, InputType) {}
@InputType() export class TenderRulesInput extends PartialType(TenderRules, InputType) {}
@InputType() export class ChallengeRulesInput extends PartialType(ChallengeRules, InputType) {}
@InputType() export class DepositRulesInput extends PartialType(DepositRules, InputType) {}
@InputType() export class EvaluationRulesInput extends PartialType(EvaluationRules, InputType) {}
@InputType() export class InspectionRulesInput extends PartialType(InspectionRules, InputType) {}
@InputType() export class MallRulesInput extends PartialType(MallRules, InputType) {}
@InputType() export class SignalRulesInput extends PartialType(SignalRules, InputType) {}
@InputType() export class IntegrityRulesInput extends PartialType(IntegrityRules, InputType) {}
@InputType() export class SourcingRulesInput extends PartialType(SourcingRules, InputType) {}
@InputType() export class NotificationRulesInput extends PartialType(NotificationRules, InputType) {}
@InputType() export class FinancingRulesInput extends PartialType(FinancingRules, InputType) {}

@InputType({ description: "A change to this province's name and rules; omitted fields keep their value." })
export class UpdateTenantSettingsInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => PurchaseRouteRulesInput, { nullable: true }) purchaseRoutes?: PurchaseRouteRulesInput | null;
  @Field(() => TenderRulesInput, { nullable: true }) tender?: TenderRulesInput | null;
  @Field(() => ChallengeRulesInput, { nullable: true }) challenges?: ChallengeRulesInput | null;
  @Field(() => DepositRulesInput, { nullable: true }) deposits?: DepositRulesInput | null;
  @Field(() => EvaluationRulesInput, { nullable: true }) evaluation?: EvaluationRulesInput | null;
  @Field(() => MallRulesInput, { nullable: true }) mall?: MallRulesInput | null;
  @Field(() => InspectionRulesInput, { nullable: true }) inspection?: InspectionRulesInput | null;
  @Field(() => SignalRulesInput, { nullable: true }) signals?: SignalRulesInput | null;
  @Field(() => IntegrityRulesInput, { nullable: true }) integrity?: IntegrityRulesInput | null;
  @Field(() => SourcingRulesInput, { nullable: true }) sourcing?: SourcingRulesInput | null;
  @Field(() => NotificationRulesInput, { nullable: true }) notifications?: NotificationRulesInput | null;
  @Field(() => FinancingRulesInput, { nullable: true }) financing?: FinancingRulesInput | null;
}
