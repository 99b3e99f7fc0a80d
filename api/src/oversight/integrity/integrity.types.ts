import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IntegrityAppealState, IntegrityEventKind, IntegrityEventState, type IntegrityEvidence } from '@zhengcai/schema';
import { graphqlEnum } from '../../platform/graphql/graphql-enum.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination.js';
import { IntegrityBandEnum } from '../../platform/tenancy/tenant.types.js';
import type { IntegrityAppealView, IntegrityEventView } from './integrity-views.js';

export const IntegrityEventKindEnum = graphqlEnum(IntegrityEventKind, 'IntegrityEventKind', 'What moved a supplier integrity score; on-time confirmation and delivery and passed acceptance add points, the rest subtract.');
export const IntegrityEventStateEnum = graphqlEnum(IntegrityEventState, 'IntegrityEventState', 'EFFECTIVE counts; APPEALED counts until the appeal is decided; REMOVED no longer counts (appeal upheld or the source decision reversed).');
export const IntegrityAppealStateEnum = graphqlEnum(IntegrityAppealState, 'IntegrityAppealState', 'OPEN waits for an operator; UPHELD removed the event; REJECTED kept it.');

@ObjectType('IntegrityEvidence', { description: 'What an event is about: ids to link to, or the deciding document of a manual entry.' })
export class IntegrityEvidenceType {
  @Field(() => ID, { nullable: true }) orderId?: string;
  @Field(() => String, { nullable: true }) orderNo?: string;
  @Field(() => ID, { nullable: true }) findingId?: string;
  @Field(() => ID, { nullable: true }) listingId?: string;
  @Field(() => ID, { nullable: true }) lotId?: string;
  @Field(() => ID, { nullable: true }) depositId?: string;
  @Field(() => ID, { nullable: true }) challengeId?: string;
  @Field(() => ID, { nullable: true }) complaintId?: string;
  @Field(() => ID, { nullable: true }) contractId?: string;
  @Field(() => String, { nullable: true }) projectNo?: string;
  @Field(() => String, { nullable: true }) documentNo?: string;
  @Field(() => String, { nullable: true }) authority?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) decidedOn?: string;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => Int, { nullable: true, description: 'Price offences: confirmed offences in the repeat window.' }) offences?: number;
  @Field(() => Boolean, { nullable: true }) repeat?: boolean;
}

@ObjectType('IntegrityAppealSummary')
export class IntegrityAppealSummaryType {
  @Field(() => ID) id!: string;
  @Field(() => IntegrityAppealStateEnum) state!: IntegrityAppealState;
  @Field() reason!: string;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType('IntegrityEvent', { description: 'One fact that moved a supplier integrity score, and by how much.' })
export class IntegrityEventType {
  @Field(() => ID) id!: string;
  @Field(() => ID) supplierId!: string;
  @Field(() => IntegrityEventKindEnum) kind!: IntegrityEventKind;
  @Field() occurredAt!: Date;
  @Field(() => Int, { description: 'Signed points as recorded, from the weights in force then.' }) points!: number;
  @Field(() => Float, { description: 'What it weighs today after decay (two decimals); 0 once removed.' }) pointsNow!: number;
  @Field(() => IntegrityEvidenceType) evidence!: IntegrityEvidence;
  @Field(() => IntegrityEventStateEnum) state!: IntegrityEventState;
  @Field({ description: 'Entered by hand (administrative penalty, blacklist record).' }) manual!: boolean;
  @Field(() => IntegrityAppealSummaryType, { nullable: true, description: 'The latest appeal.' }) appeal!: IntegrityEventView['appeal'];
}

@ObjectType()
export class IntegrityEventConnection extends ConnectionType(IntegrityEventType) {}

@ObjectType('IntegrityStanding', { description: "A supplier's integrity score (0–100) and band." })
export class IntegrityStandingType {
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => Int) score!: number;
  @Field(() => IntegrityBandEnum) band!: string;
  @Field({ description: 'The band is at or below the tenant block band: no new listings, no bids.' }) blockedByBand!: boolean;
  @Field({ description: 'Blocked by an operator, whatever the band.' }) operatorBlocked!: boolean;
  @Field(() => Int) eventCount!: number;
  @Field(() => Date, { nullable: true, description: 'null: not computed yet; the base score applies.' }) computedAt!: Date | null;
}

@ObjectType()
export class IntegrityStandingConnection extends ConnectionType(IntegrityStandingType) {}

@ObjectType('SupplierIntegrity', { description: 'A supplier standing with the events behind it, newest first.' })
export class SupplierIntegrityType {
  @Field(() => IntegrityStandingType) standing!: IntegrityStandingType;
  @Field(() => IntegrityEventConnection) events!: IntegrityEventConnection;
}

@ObjectType('IntegrityAppeal')
export class IntegrityAppealType {
  @Field(() => ID) id!: string;
  @Field(() => ID) eventId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field() reason!: string;
  @Field(() => IntegrityAppealStateEnum) state!: IntegrityAppealState;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => IntegrityEventType, { nullable: true }) event!: IntegrityAppealView['event'];
}

@ObjectType()
export class IntegrityAppealConnection extends ConnectionType(IntegrityAppealType) {}

@ObjectType('IntegrityAppealResult')
export class IntegrityAppealResultType {
  @Field(() => ID) appealId!: string;
  @Field(() => ID) eventId!: string;
  @Field(() => IntegrityAppealStateEnum) state!: IntegrityAppealState;
}

@InputType()
export class IntegrityStandingFilterInput {
  @Field(() => IntegrityBandEnum, { nullable: true }) band?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Blocked by band or by an operator.' }) blocked?: boolean | null;
}

@ArgsType()
export class IntegrityStandingsArgs extends PageArgs {
  @Field(() => IntegrityStandingFilterInput, { nullable: true }) filter?: IntegrityStandingFilterInput | null;
}

@ArgsType()
export class IntegrityAppealsArgs extends PageArgs {
  @Field(() => IntegrityAppealStateEnum, { nullable: true, description: 'OPEN (default, oldest first) or a decided state (newest first).' }) state?: IntegrityAppealState | null;
}

@InputType({ description: 'An administrative penalty (行政处罚) or blacklist record (黑名单) with its deciding document.' })
export class IntegrityPenaltyInput {
  @Field(() => ID) supplierId!: string;
  @Field(() => IntegrityEventKindEnum, { description: 'ADMINISTRATIVE_PENALTY or BLACKLIST_RECORD.' }) kind!: IntegrityEventKind;
  @Field({ description: 'Document number, 2–64 characters.' }) documentNo!: string;
  @Field({ description: 'Deciding authority, 2–128 characters.' }) authority!: string;
  @Field({ description: 'Decision date, YYYY-MM-DD, not in the future.' }) decidedOn!: string;
  @Field(() => Int, { nullable: true, description: 'Points to subtract, 1–100; the tenant suggested weight when omitted.' }) points?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('IntegrityPenaltyResult')
export class IntegrityPenaltyResultType {
  @Field(() => ID) eventId!: string;
  @Field(() => IntegrityStandingType) standing!: IntegrityStandingType;
}
