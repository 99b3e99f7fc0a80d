import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination.js';

@ObjectType('SpecAttribute', { description: 'One specification attribute, e.g. 内存 = 16GB.' })
export class SpecAttributeType {
  @Field() key!: string;
  @Field() value!: string;
}

@InputType('SpecAttributeInput')
export class SpecAttributeInput {
  @Field() key!: string;
  @Field() value!: string;
}

@ObjectType('StandardProduct', { description: 'A standard product (标准商品): one brand and model in one category.' })
export class StandardProductType {
  @Field(() => ID) id!: string;
  @Field() categoryCode!: string;
  @Field() brand!: string;
  @Field() model!: string;
  @Field() name!: string;
  @Field(() => [SpecAttributeType]) specs!: SpecAttributeType[];
}

@ObjectType()
export class StandardProductConnection extends ConnectionType(StandardProductType) {}

@ArgsType()
export class StandardProductsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only products of this category or below it.' })
  categoryCode?: string | null;
}

@InputType()
export class CreateStandardProductInput {
  @Field() categoryCode!: string;
  @Field() brand!: string;
  @Field() model!: string;
  @Field() name!: string;
  @Field(() => [SpecAttributeInput]) specs!: SpecAttributeInput[];
}
