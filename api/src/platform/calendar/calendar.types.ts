import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { CalendarDayKind } from '@zhengcai/schema';
import { graphqlEnum } from '../graphql/graphql-enum.js';

export const CalendarDayKindEnum = graphqlEnum(CalendarDayKind, 'CalendarDayKind', 'HOLIDAY 法定节假日或调休放假; WORKDAY 调休上班 (a weekend day worked).');

@ObjectType('CalendarDay', { description: 'An exception to the Monday–Friday week in this province\'s working-day calendar.' })
export class CalendarDayType {
  @Field({ description: 'Local date, YYYY-MM-DD.' }) day!: string;
  @Field(() => CalendarDayKindEnum) kind!: CalendarDayKind;
  @Field() name!: string;
}

@InputType()
export class CalendarDayInput {
  @Field({ description: 'Local date, YYYY-MM-DD.' }) day!: string;
  @Field(() => CalendarDayKindEnum) kind!: CalendarDayKind;
  @Field() name!: string;
}
