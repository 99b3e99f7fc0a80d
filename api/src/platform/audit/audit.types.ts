import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../graphql/graphql-enum.js';
import { AuditProblem } from './audit-report.js';

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
