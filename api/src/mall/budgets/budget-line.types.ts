import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Fen } from '@zhengcai/schema';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination.js';

@ObjectType('BudgetLine', { description: "A purchasing unit's budget line (预算指标) for a fiscal year; available = amount − used − frozen." })
export class BudgetLineType {
  @Field(() => ID) id!: string;
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field({ description: '预算项目编码, unique per unit and year.' }) code!: string;
  @Field() name!: string;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field(() => MoneyScalar, { description: 'Paid orders.' }) used!: Fen;
  @Field(() => MoneyScalar, { description: 'Reserved by open orders.' }) frozen!: Fen;
  @Field(() => MoneyScalar) available!: Fen;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class BudgetLineConnection extends ConnectionType(BudgetLineType) {}

@ArgsType()
export class BudgetLinesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Finance only: one unit. Units always see their own lines.' }) unitId?: string | null;
  @Field(() => Int, { nullable: true }) fiscalYear?: number | null;
}

@InputType()
export class CreateBudgetLineInput {
  @Field(() => ID, { description: 'The purchasing unit.' }) unitId!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => MoneyScalar) amount!: Fen;
}

@InputType()
export class AdjustBudgetLineInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'The new total; not below used + frozen.' }) amount?: Fen | null;
  @Field(() => String, { nullable: true, description: 'Why (e.g. the budget adjustment document number).' }) note?: string | null;
}

@ObjectType('BudgetImportRowError', { description: 'One problem of one row of a budget import; the row imported nothing.' })
export class BudgetImportRowErrorType {
  @Field(() => Int, { description: 'Row number in the sheet (the header is row 1).' }) row!: number;
  @Field() field!: string;
  @Field() reason!: string;
  @Field() message!: string;
}

@ObjectType('BudgetImportResult')
export class BudgetImportResultType {
  @Field(() => Int) total!: number;
  @Field(() => Int) imported!: number;
  @Field(() => [BudgetImportRowErrorType]) errors!: BudgetImportRowErrorType[];
}

@InputType()
export class ImportBudgetLinesInput {
  @Field({ description: 'The file name; .xlsx (the template) or .csv (UTF-8, BOM allowed).' }) fileName!: string;
  @Field({ description: 'The file, base64-encoded; at most 700 KiB before encoding and 2,000 rows.' }) contentBase64!: string;
}
