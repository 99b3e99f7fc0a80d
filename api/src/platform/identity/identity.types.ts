import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@zhengcai/schema';
import { graphqlEnum } from '../graphql/graphql-enum.js';
import { OrganisationType } from '../organisations/organisation.types.js';

export const RoleEnum = graphqlEnum(
  Role,
  'Role',
  'PURCHASER and UNIT_ADMIN (采购单位), SUPPLIER (供应商), AGENCY (代理机构), FINANCE (财政部门, regulator), TENANT_OPERATOR (平台运营方), EXPERT (评审专家).',
);

@ObjectType('User', { description: 'A person who logs in to this province.' })
export class UserType {
  @Field(() => ID) id!: string;
  @Field() loginName!: string;
  @Field() displayName!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field() active!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType('ExpertProfile', { description: "An evaluation expert's profile in the pool." })
export class ExpertProfileType {
  @Field({ description: '职称' }) title!: string;
  @Field({ description: '工作单位' }) employerName!: string;
  @Field(() => String, { nullable: true }) employerUscc!: string | null;
  @Field(() => [String], { description: '政府采购品目 codes, e.g. A02010104.' }) categoryCodes!: string[];
}

@ObjectType('Me', { description: 'The logged-in user.' })
export class MeType extends UserType {
  @Field(() => OrganisationType) organisation!: OrganisationType;
  @Field(() => ExpertProfileType, { nullable: true }) expertProfile!: ExpertProfileType | null;
}

@ObjectType('AuthSession', { description: 'A login session: send accessToken as "Authorization: Bearer …"; trade refreshToken for a new pair before it expires.' })
export class AuthSessionType {
  @Field() accessToken!: string;
  @Field() accessTokenExpiresAt!: Date;
  @Field({ description: 'Single use: each refresh returns a new one; presenting a used one ends the session.' }) refreshToken!: string;
  @Field() refreshTokenExpiresAt!: Date;
  @Field(() => UserType) user!: UserType;
}

@ObjectType('OperatorSession', { description: 'A platform operator login: an access token only; log in again when it expires.' })
export class OperatorSessionType {
  @Field() accessToken!: string;
  @Field() accessTokenExpiresAt!: Date;
}

@ObjectType('TenantOverview', { description: 'A province with its figures, for the platform operator.' })
export class TenantOverviewType {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => Int) organisations!: number;
  @Field(() => Int) users!: number;
}

@InputType('ExpertProfileInput')
export class ExpertProfileInputType {
  @Field() title!: string;
  @Field() employerName!: string;
  @Field(() => String, { nullable: true }) employerUscc?: string | null;
  @Field(() => [String]) categoryCodes!: string[];
}

@InputType('CreateUserInput')
export class CreateUserInputType {
  @Field(() => ID) organisationId!: string;
  @Field({ description: '3–64 characters: letters, digits, . _ @ -; case-insensitive.' }) loginName!: string;
  @Field() displayName!: string;
  @Field({ description: 'Initial password: 8–128 characters with letters and digits.' }) password!: string;
  @Field(() => [RoleEnum], { description: 'Must fit the organisation kind.' }) roles!: Role[];
  @Field(() => ExpertProfileInputType, { nullable: true, description: 'Required with the EXPERT role, refused without it.' })
  expertProfile?: ExpertProfileInputType | null;
}
