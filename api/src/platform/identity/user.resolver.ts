import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../graphql/gql-context.js';
import { AnyTenantUser, Roles } from './access.decorators.js';
import { CreateUserInputType, MeType, UserType } from './identity.types.js';
import { MeService } from './me.service.js';
import { UserRegistrationService } from './user-registration.service.js';

@Resolver()
export class UserResolver {
  constructor(
    private readonly meService: MeService,
    private readonly registration: UserRegistrationService,
  ) {}

  @AnyTenantUser()
  @Query(() => MeType, { description: 'The logged-in user, with organisation and roles.' })
  me(@CurrentTenant() ctx: TenantContext) {
    return this.meService.me(ctx);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => UserType, { description: "Creates a user in one of this province's organisations." })
  createUser(@CurrentTenant() ctx: TenantContext, @Args('input') input: CreateUserInputType) {
    return this.registration.createUser(ctx, input);
  }
}
