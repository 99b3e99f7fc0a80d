import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '../graphql/pagination.js';
import { graphqlEnum } from '../graphql/graphql-enum.js';
import { AuditProblem } from './audit-report.js';
import { AuditChangeCheck } from './audit-trail.service.js';

const AuditProblemEnum = graphqlEnum(AuditProblem, 'AuditProblem', 'What the verifier found wrong at the first broken link.');

@ObjectType()
export class AuditBreakType {
  @Field(() => Int, { description: 'Sequence number of the first broken link.' }) seq!: number;
  @Field(() => ID, { nullable: true, description: 'The entry at fault; none when it was deleted.' }) entryId?: string;
  @Field(() => AuditProblemEnum) problem!: AuditProblem;
}

@ObjectType({ description: "The result of walking this province's audit chain from the first entry to the head." })
export class AuditChainReportType {
  @Field() ok!: boolean;
  @Field(() => Int, { description: 'Entries verified intact before the first break (all when ok).' }) checked!: number;
  @Field(() => AuditBreakType, { nullable: true }) firstBroken?: AuditBreakType;
}

const AuditChangeCheckEnum = graphqlEnum(AuditChangeCheck, 'AuditChangeCheck', "Whether an entry's stored change still hashes to the digest its chain link covers.");

@ObjectType({ description: 'One entry of the audit trail, with the names of who acted.' })
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Position in the chain, 1 for the first entry.' }) seq!: number;
  @Field() occurredAt!: Date;
  @Field(() => ID, { nullable: true, description: 'None for system actors (jobs, schedules).' }) actorUserId!: string | null;
  @Field(() => String, { nullable: true, description: "The acting user's display name, when the user is of this province." }) actorName!: string | null;
  @Field(() => ID, { nullable: true }) actorOrganisationId!: string | null;
  @Field(() => String, { nullable: true }) actorOrganisationName!: string | null;
  @Field({ description: 'What was done, e.g. order.confirm.' }) action!: string;
  @Field() subjectType!: string;
  @Field() subjectId!: string;
  @Field() requestId!: string;
  @Field(() => String, { nullable: true, description: 'The change as canonical JSON; none on entries written before changes were kept.' }) change!: string | null;
  @Field({ description: 'SM3 of the canonical change, as covered by the entry hash.' }) changeDigest!: string;
  @Field(() => AuditChangeCheckEnum) changeCheck!: AuditChangeCheck;
  @Field({ description: "The entry's fields still hash to its stored hash (links are checked by auditChainVerification)." }) entryIntact!: boolean;
  @Field() prevHash!: string;
  @Field() hash!: string;
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntryType) {}

@InputType({ description: 'Every field narrows the trail; all are optional.' })
export class AuditEntryFilterInput {
  @Field(() => String, { nullable: true }) subjectType?: string | null;
  @Field(() => String, { nullable: true }) subjectId?: string | null;
  @Field(() => ID, { nullable: true }) actorUserId?: string | null;
  @Field(() => ID, { nullable: true }) actorOrganisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'An action or its prefix: "order" matches order.confirm, order.ship, …' }) action?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this instant, inclusive.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Up to this instant, inclusive.' }) to?: Date | null;
}

@ArgsType()
export class AuditEntriesArgs extends PageArgs {
  @Field(() => AuditEntryFilterInput, { nullable: true }) filter?: AuditEntryFilterInput | null;
}
