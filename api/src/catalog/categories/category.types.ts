import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Category', { description: 'A procurement category (政府采购品目), e.g. A02010104 台式计算机.' })
export class CategoryType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Letter (A goods, B works, C services) then two digits a level.' }) code!: string;
  @Field() name!: string;
  @Field(() => Int, { description: '1 for A/B/C, one more per level below.' }) level!: number;
  @Field(() => String, { nullable: true }) parentCode!: string | null;
  @Field({ description: 'On the mandatory energy-saving list: listings need a valid 节能产品 certificate to be approved.' })
  energySavingMandatory!: boolean;
}

@InputType()
export class CreateCategoryInput {
  @Field({ description: 'The new code; its parent is the code without the last two digits, and must exist.' }) code!: string;
  @Field() name!: string;
  @Field(() => Boolean, { nullable: true }) energySavingMandatory?: boolean | null;
}
