import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IntegrityPenaltyImportRowError', { description: 'One problem of one row; the row was not imported.' })
export class IntegrityPenaltyImportRowErrorType {
  @Field(() => Int, { description: 'The row number in the sheet (the header is row 1).' }) row!: number;
  @Field({ description: 'The column key: supplierUscc, kind, documentNo, authority, decidedOn, points or note.' }) field!: string;
  @Field() reason!: string;
  @Field({ description: "In the caller's language." }) message!: string;
}

@ObjectType('IntegrityPenaltyImportResult')
export class IntegrityPenaltyImportResultType {
  @Field(() => Int) total!: number;
  @Field(() => Int) imported!: number;
  @Field(() => [IntegrityPenaltyImportRowErrorType]) errors!: IntegrityPenaltyImportRowErrorType[];
}

@InputType()
export class ImportIntegrityPenaltiesInput {
  @Field({ description: 'The file name; .xlsx (the template) or .csv (UTF-8, BOM allowed).' }) fileName!: string;
  @Field({ description: 'The file, base64-encoded; at most 700 KiB before encoding and 1,000 rows.' }) contentBase64!: string;
}
