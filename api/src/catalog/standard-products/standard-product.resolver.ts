import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Public, Roles } from '../../platform/identity/access.decorators.js';
import { StandardProductService } from './standard-product.service.js';
import { CreateStandardProductInput, StandardProductConnection, StandardProductsArgs, StandardProductType } from './standard-product.types.js';

@Resolver(() => StandardProductType)
export class StandardProductResolver {
  constructor(private readonly products: StandardProductService) {}

  @Public()
  @Query(() => StandardProductConnection, { description: 'Standard products, optionally of one category and below.' })
  standardProducts(@CurrentTenant() ctx: TenantContext, @Args() args: StandardProductsArgs) {
    return this.products.list(ctx, { categoryCode: args.categoryCode }, args);
  }

  @Public()
  @Query(() => StandardProductType)
  standardProduct(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.products.get(ctx, id);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => StandardProductType, { description: 'Adds a standard product (operator).' })
  createStandardProduct(@CurrentTenant() ctx: TenantContext, @Args('input') input: CreateStandardProductInput) {
    return this.products.create(ctx, input);
  }
}
