import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { AnyTenantUser } from '../../platform/identity/access.decorators.js';
import { SigningKeyStatusType, SigningKeyType } from './sealed-bid.types.js';
import { SigningKeyService } from './signing-keys.service.js';

@Resolver(() => SigningKeyType)
export class SigningKeyResolver {
  constructor(private readonly keys: SigningKeyService) {}

  @AnyTenantUser()
  @Query(() => SigningKeyStatusType, { description: 'Your active SM2 public key, if you registered one.' })
  async mySigningKey(@CurrentTenant() ctx: TenantContext) {
    return { active: await this.keys.mine(ctx) };
  }

  @AnyTenantUser()
  @Mutation(() => SigningKeyType, { description: 'Registers your SM2 public key (made and kept in your browser); your previous key is revoked but still verifies old signatures.' })
  registerSigningKey(@CurrentTenant() ctx: TenantContext, @Args('publicKey') publicKey: string) {
    return this.keys.register(ctx, publicKey);
  }
}
