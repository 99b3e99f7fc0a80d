import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Category, isUuid, StandardProduct, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../../platform/pagination/keyset.js';
import { checkText, ProblemList } from '../problems.js';
import { toStandardProductView, type StandardProductView } from './standard-product-view.js';

export interface CreateStandardProductInput {
  categoryCode: string;
  brand: string;
  model: string;
  name: string;
  specs: { key: string; value: string }[];
}

const MAX_SPECS = 50;

/** Standard products (标准商品), kept by the operator; listings may reference one. */
@Injectable()
export class StandardProductService {
  constructor(private readonly db: TenantDb) {}

  create(ctx: TenantContext, input: CreateStandardProductInput): Promise<StandardProductView> {
    const problems = new ProblemList();
    const brand = checkText(problems, 'brand', input.brand, 1, 64);
    const model = checkText(problems, 'model', input.model, 1, 64);
    const name = checkText(problems, 'name', input.name, 2, 128);
    const specs = input.specs.map((s) => ({ key: s.key.trim(), value: s.value.trim() }));
    const keys = new Set(specs.map((s) => s.key));
    const specsOk = specs.length <= MAX_SPECS && keys.size === specs.length
      && specs.every((s) => [...s.key].length >= 1 && [...s.key].length <= 32 && [...s.value].length >= 1 && [...s.value].length <= 128);
    if (!specsOk) problems.add('specs', 'SPEC_INVALID');
    problems.throwIfAny();
    return this.db.transaction(ctx, async (em, tx) => {
      const category = await em.findOne(Category, { code: input.categoryCode.trim().toUpperCase() });
      if (!category) throw new AppError('CATEGORY_NOT_FOUND', { code: input.categoryCode, field: 'categoryCode' });
      if (await em.count(StandardProduct, { brand, model })) throw new AppError('STANDARD_PRODUCT_TAKEN', { brand, model, field: 'model' });
      const product = em.create(StandardProduct, { tenantId: ctx.tenantId, category, brand, model, name, specs });
      try {
        await em.flush();
      } catch (err) {
        if (err instanceof UniqueConstraintViolationException) throw new AppError('STANDARD_PRODUCT_TAKEN', { brand, model, field: 'model' });
        throw err;
      }
      tx.audit({ action: 'catalog.standard-product.create', subjectType: 'standard_product', subjectId: product.id, change: { categoryCode: category.code, brand, model, name, specs } });
      return toStandardProductView(product);
    });
  }

  get(ctx: TenantContext, id: string): Promise<StandardProductView> {
    if (!isUuid(id)) return Promise.reject(new AppError('STANDARD_PRODUCT_NOT_FOUND'));
    return this.db.transaction(ctx, async (em) => {
      const product = await em.findOne(StandardProduct, { id }, { populate: ['category'] });
      if (!product) throw new AppError('STANDARD_PRODUCT_NOT_FOUND');
      return toStandardProductView(product);
    });
  }

  /** Standard products, optionally of one category (and its subcategories), oldest first. */
  list(ctx: TenantContext, filter: { categoryCode?: string | null }, page: PageRequest): Promise<Connection<StandardProductView>> {
    const first = pageSize(page);
    const after = page.after ? String(decodeCursor(page.after, 1)[0]) : undefined;
    if (after !== undefined && !isUuid(after)) throw new AppError('INVALID_CURSOR');
    const prefix = filter.categoryCode?.trim().toUpperCase();
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        StandardProduct,
        { ...(prefix ? { category: { code: { $like: `${prefix.replace(/[%_\\]/g, '')}%` } } } : {}), ...(after ? { id: { $gt: after } } : {}) },
        { orderBy: { id: 'asc' }, limit: first + 1, populate: ['category'] },
      );
      return toConnection(rows, first, (p) => [p.id], toStandardProductView);
    });
  }
}
