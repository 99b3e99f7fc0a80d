import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ListingUploadState } from '@zhengcai/schema';
import { graphqlEnum } from '../../platform/graphql/graphql-enum.js';

export const ListingUploadStateEnum = graphqlEnum(ListingUploadState, 'ListingUploadState', 'PROCESSING (rows being imported), DONE, FAILED (stopped by a server error; imported rows stay).');
export const ReportFormatEnum = graphqlEnum({ csv: 'csv', xlsx: 'xlsx' } as const, 'ReportFormat', 'CSV (UTF-8 with BOM) or XLSX.');

@ObjectType('FileDownload', { description: 'A file for the client to save: base64 content, its name and media type.' })
export class FileDownloadType {
  @Field() fileName!: string;
  @Field() mimeType!: string;
  @Field() contentBase64!: string;
}

@ObjectType('ListingUploadRowError', { description: 'One problem of one row; a row with any problem imports nothing.' })
export class ListingUploadRowErrorType {
  @Field(() => Int, { description: 'Row number in the sheet (the header is row 1).' }) row!: number;
  @Field({ description: 'The listing field at fault, as in ListingInput (e.g. policyTags[0].validUntil).' }) field!: string;
  @Field({ description: 'The template column header.' }) column!: string;
  @Field() reason!: string;
  @Field() message!: string;
}

@ObjectType('ListingUpload', { description: 'A bulk upload of listings: poll it for progress, then read or download its errors.' })
export class ListingUploadType {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field(() => ListingUploadStateEnum) state!: ListingUploadState;
  @Field(() => Int, { description: 'Data rows in the file.' }) total!: number;
  @Field(() => Int, { description: 'Rows handled so far.' }) processed!: number;
  @Field(() => Int, { description: 'Rows imported as draft listings.' }) imported!: number;
  @Field(() => Int, { description: 'Rows refused.' }) failed!: number;
  @Field(() => [ListingUploadRowErrorType]) errors!: ListingUploadRowErrorType[];
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@InputType()
export class UploadListingsInput {
  @Field({ description: 'The file name; .xlsx (the template) or .csv (UTF-8, BOM allowed).' }) fileName!: string;
  @Field({ description: 'The file, base64-encoded; at most 700 KiB before encoding.' }) contentBase64!: string;
}
