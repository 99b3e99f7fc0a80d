import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Category, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { checkText, ProblemList } from '../problems.js';
import { CATEGORY_CODE, levelOf, parentCodeOf } from './category-code.js';
import { toCategoryView, type CategoryView } from './category-view.js';

export interface CreateCategoryInput {
  code: string;
  name: string;
  energySavingMandatory?: boolean | null;
}

/** The tenant's procurement category tree: read by everyone, extended by the operator. */
@Injectable()
export class CategoryService {
  constructor(private readonly db: TenantDb) {}

  /** The whole tree in code order, which is depth-first (a parent's code prefixes its children's). */
  tree(ctx: TenantContext): Promise<CategoryView[]> {
    return this.db.transaction(ctx, async (em) => (await em.find(Category, {}, { orderBy: { code: 'asc' } })).map(toCategoryView));
  }

  /** Children of a category, or the roots when no parent is given. */
  children(ctx: TenantContext, parentCode: string | null | undefined): Promise<CategoryView[]> {
    return this.db.transaction(ctx, async (em) => {
      if (!parentCode) return (await em.find(Category, { parent: null }, { orderBy: { code: 'asc' } })).map(toCategoryView);
      const parent = await em.findOne(Category, { code: parentCode.trim().toUpperCase() });
      if (!parent) throw new AppError('CATEGORY_NOT_FOUND', { code: parentCode, field: 'parentCode' });
      return (await em.find(Category, { parent }, { orderBy: { code: 'asc' } })).map(toCategoryView);
    });
  }

  /** Adds a category under the parent its code names (A02010104 goes under A020101). */
  create(ctx: TenantContext, input: CreateCategoryInput): Promise<CategoryView> {
    const code = input.code.trim().toUpperCase();
    if (!CATEGORY_CODE.test(code)) throw new AppError('CATEGORY_CODE_FORMAT', { code: input.code, field: 'code' });
    const problems = new ProblemList();
    const name = checkText(problems, 'name', input.name, 2, 64);
    problems.throwIfAny();
    return this.db.transaction(ctx, async (em, tx) => {
      const parentCode = parentCodeOf(code);
      const parent = parentCode ? await em.findOne(Category, { code: parentCode }) : null;
      if (parentCode && !parent) throw new AppError('CATEGORY_NOT_FOUND', { code: parentCode, field: 'code' });
      if (await em.count(Category, { code })) throw new AppError('CATEGORY_CODE_TAKEN', { code, field: 'code' });
      const category = em.create(Category, {
        tenantId: ctx.tenantId, code, name, parent, level: levelOf(code), energySavingMandatory: input.energySavingMandatory ?? false,
      });
      try {
        await em.flush();
      } catch (err) {
        if (err instanceof UniqueConstraintViolationException) throw new AppError('CATEGORY_CODE_TAKEN', { code, field: 'code' });
        throw err;
      }
      tx.audit({ action: 'catalog.category.create', subjectType: 'category', subjectId: category.id, change: { code, name, energySavingMandatory: category.energySavingMandatory } });
      return toCategoryView(category);
    });
  }
}
