import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Public, Roles } from '../../platform/identity/access.decorators.js';
import { CategoryService } from './category.service.js';
import { CategoryType, CreateCategoryInput } from './category.types.js';

@Resolver(() => CategoryType)
export class CategoryResolver {
  constructor(private readonly service: CategoryService) {}

  @Public()
  @Query(() => [CategoryType], { description: "This province's whole category tree, in code order (depth-first)." })
  categoryTree(@CurrentTenant() ctx: TenantContext) {
    return this.service.tree(ctx);
  }

  @Public()
  @Query(() => [CategoryType], { description: 'The children of a category, or the roots (A, B, C) without parentCode.' })
  categories(@CurrentTenant() ctx: TenantContext, @Args('parentCode', { type: () => String, nullable: true }) parentCode?: string | null) {
    return this.service.children(ctx, parentCode);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => CategoryType, { description: 'Adds a category to the tree (operator).' })
  createCategory(@CurrentTenant() ctx: TenantContext, @Args('input') input: CreateCategoryInput) {
    return this.service.create(ctx, input);
  }
}
