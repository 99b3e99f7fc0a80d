import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { EnterpriseSize, OrganisationKind } from '@zhengcai/schema';
import { graphqlEnum } from '../graphql/graphql-enum.js';
import { ConnectionType, PageArgs } from '../graphql/pagination.js';

export const EnterpriseSizeEnum = graphqlEnum(EnterpriseSize, 'EnterpriseSize', 'Declared enterprise size (财库〔2020〕46号): LARGE, MEDIUM 中型, SMALL 小型, MICRO 微型.');

export const OrganisationKindEnum = graphqlEnum(
  OrganisationKind,
  'OrganisationKind',
  'PURCHASING_UNIT 采购单位, SUPPLIER 供应商, AGENCY 代理机构, FINANCE_DEPARTMENT 财政部门, OPERATOR 平台运营方.',
);

@ObjectType('Organisation', { description: 'An organisation registered in this province.' })
export class OrganisationType {
  @Field(() => ID) id!: string;
  @Field(() => OrganisationKindEnum) kind!: OrganisationKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: '统一社会信用代码 (GB 32100); always present for purchasing units and suppliers.' })
  uscc!: string | null;
  @Field() active!: boolean;
  @Field() createdAt!: Date;
  @Field({ description: 'A supplier barred by its integrity record: it cannot submit listings.' }) integrityBlocked!: boolean;
  @Field(() => EnterpriseSizeEnum, { nullable: true, description: "The supplier's declared enterprise size; decides whether it may claim the SME tag." })
  enterpriseSize!: EnterpriseSize | null;
  @Field(() => String, { nullable: true, description: '单位负责人 as the supplier declares it (seen by the organisation itself, operators and finance).' })
  legalRepresentative!: string | null;
  @Field(() => String, { nullable: true, description: 'The declared contact phone, digits only.' })
  contactPhone!: string | null;
}

@ObjectType()
export class OrganisationConnection extends ConnectionType(OrganisationType) {}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationKindEnum, { nullable: true, description: 'Only organisations of this kind.' })
  kind?: OrganisationKind | null;
}

@InputType()
export class CreateOrganisationInput {
  @Field(() => OrganisationKindEnum) kind!: OrganisationKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Required for purchasing units and suppliers; both GB 32100 checks apply.' })
  uscc?: string | null;
}

@ObjectType('SupplierSummary', { description: "A supplier as others may pick it (to invite it): its name and 统一社会信用代码." })
export class SupplierSummaryType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) uscc!: string | null;
}
