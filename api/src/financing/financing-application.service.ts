import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type Fen, FinancingApplication, FinancingSubjectType, formatYuan, isUuid, Lender, newId, Organisation, PayeeAccountLock, Role, type TenantContext,
} from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { domainEvent } from '../platform/jobs/job-catalogue.js';
import { findFinanceable, type FinanceableContract, listFinanceable } from './financeable.js';
import { FinancingKeys } from './financing-keys.js';
import { buildPackage } from './financing-package.js';
import { OPEN_FINANCING_STATES } from './financing-state-machine.js';

export interface ApplyInput {
  subjectType: FinancingSubjectType;
  subjectId: string;
  lenderId: string;
  amountFen: Fen;
  consent: boolean;
}

export interface FinanceableView extends FinanceableContract {
  /** The subject's open application, if any (the supplier cannot open a second). */
  openApplicationId: string | null;
  lock: PayeeAccountLock | null;
}

const LIST_LIMIT = 200;

/** Finance and operators see every application; suppliers their own. */
export const seesAllApplications = (ctx: TenantContext) => ctx.roles.includes(Role.Finance) || ctx.roles.includes(Role.TenantOperator);

/**
 * A supplier applies to a lender for financing of one of its contracts. With its consent the
 * platform builds and signs the contract data package in the same transaction and publishes
 * `financing.application.submitted`, whose job delivers it to the lender.
 */
@Injectable()
export class FinancingApplicationService {
  constructor(private readonly db: TenantDb, private readonly keys: FinancingKeys) {}

  async apply(ctx: TenantContext, input: ApplyInput): Promise<FinancingApplication> {
    if (input.consent !== true) throw new AppError('FINANCING_CONSENT_REQUIRED', { field: 'input.consent' });
    if (!isUuid(input.subjectId)) throw new AppError('FINANCING_SUBJECT_NOT_FOUND', { field: 'input.subjectId' });
    if (input.amountFen <= 0n) throw new AppError('FINANCING_AMOUNT_INVALID', { field: 'input.amount', max: '—' });
    const supplierId = ctx.organisationId!;
    try {
      return await this.db.transaction(ctx, async (em, tx) => {
        const found = await findFinanceable(em, ctx.tenantId, supplierId, input.subjectType, input.subjectId);
        if (!found.ok) {
          if (found.why === 'missing') throw new AppError('FINANCING_SUBJECT_NOT_FOUND', { field: 'input.subjectId' });
          if (found.why === 'threshold') throw new AppError('FINANCING_BELOW_THRESHOLD', { field: 'input.subjectId', minimum: formatYuan(found.minimum!) });
          throw new AppError('FINANCING_SUBJECT_NOT_FINANCEABLE', { field: 'input.subjectId', state: found.state ?? '' });
        }
        const contract = found.contract;
        if (input.amountFen > contract.amountFen) throw new AppError('FINANCING_AMOUNT_INVALID', { field: 'input.amount', max: formatYuan(contract.amountFen) });
        const lender = isUuid(input.lenderId) ? await em.findOne(Lender, { id: input.lenderId, active: true }) : null;
        if (!lender) throw new AppError('FINANCING_LENDER_UNKNOWN', { field: 'input.lenderId' });
        const open = await em.findOne(FinancingApplication, { subjectType: input.subjectType, subjectId: input.subjectId, state: { $in: [...OPEN_FINANCING_STATES] } });
        if (open) throw new AppError('FINANCING_ALREADY_OPEN', { field: 'input.subjectId', contractNo: contract.contractNo });

        const id = newId();
        const now = new Date();
        const text = buildPackage(contract, { applicationId: id, tenantCode: ctx.tenantCode, lender: { name: lender.name, uscc: lender.uscc }, amountRequestedFen: input.amountFen, issuedAt: now, consentAt: now });
        const { signature, keyId } = await this.keys.sign(em, ctx, text);
        const app = em.create(FinancingApplication, {
          id, tenantId: ctx.tenantId, subjectType: input.subjectType, subjectId: input.subjectId, contractNo: contract.contractNo, contractAmountFen: contract.amountFen,
          supplier: em.getReference(Organisation, supplierId), lender, amountFen: input.amountFen, appliedBy: ctx.userId!, consentAt: now,
          package: text, packageSignature: signature, platformKeyId: keyId,
        });
        await em.flush();
        tx.audit({
          action: 'financing.application.apply', subjectType: 'financing_application', subjectId: id,
          change: { subjectType: input.subjectType, subjectId: input.subjectId, contractNo: contract.contractNo, lenderId: lender.id, amount: formatYuan(input.amountFen), consent: true },
        });
        tx.publish(domainEvent('financing.application.submitted', { applicationId: id }));
        return app;
      });
    } catch (err) {
      // A concurrent application for the same subject won the unique index.
      if (err instanceof UniqueConstraintViolationException) throw new AppError('FINANCING_ALREADY_OPEN', { field: 'input.subjectId', contractNo: '' });
      throw err;
    }
  }

  /** Applications, newest first: the supplier's own, or all for finance and operators. */
  list(ctx: TenantContext): Promise<FinancingApplication[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(FinancingApplication, seesAllApplications(ctx) ? {} : { supplier: ctx.organisationId! }, { populate: ['lender', 'supplier'], orderBy: { createdAt: 'desc', id: 'desc' }, limit: LIST_LIMIT }),
    );
  }

  view(ctx: TenantContext, id: string): Promise<FinancingApplication> {
    return this.db.transaction(ctx, async (em) => {
      const app = isUuid(id) ? await em.findOne(FinancingApplication, { id }, { populate: ['lender', 'supplier'] }) : null;
      if (!app || (!seesAllApplications(ctx) && app.supplier.id !== ctx.organisationId)) throw new AppError('FINANCING_APPLICATION_NOT_FOUND');
      return app;
    });
  }

  /** The supplier's contracts that can be financed now, each with its open application and lock. */
  financeable(ctx: TenantContext): Promise<FinanceableView[]> {
    return this.db.transaction(ctx, async (em) => {
      const contracts = await listFinanceable(em, ctx.tenantId, ctx.organisationId!);
      const ids = contracts.map((c) => c.subjectId);
      const open = ids.length ? await em.find(FinancingApplication, { subjectId: { $in: ids }, state: { $in: [...OPEN_FINANCING_STATES] } }) : [];
      const locks = ids.length ? await em.find(PayeeAccountLock, { subjectId: { $in: ids }, releasedAt: null }) : [];
      return contracts.map((c) => ({
        ...c,
        openApplicationId: open.find((a) => a.subjectId === c.subjectId && a.subjectType === c.subjectType)?.id ?? null,
        lock: locks.find((l) => l.subjectId === c.subjectId && l.subjectType === c.subjectType) ?? null,
      }));
    });
  }

  /** The active lock of a subject the caller may see (its buyer, its supplier, finance, operators). */
  lockOf(ctx: TenantContext, subjectType: FinancingSubjectType, subjectId: string): Promise<PayeeAccountLock | null> {
    if (!isUuid(subjectId)) return Promise.resolve(null);
    return this.db.transaction(ctx, async (em) => {
      const lock = await em.findOne(PayeeAccountLock, { subjectType, subjectId, releasedAt: null });
      if (!lock || seesAllApplications(ctx)) return lock;
      const parties = await partiesOf(em, subjectType, subjectId);
      return parties.includes(ctx.organisationId ?? '') ? lock : null;
    });
  }
}

async function partiesOf(em: EntityManager, subjectType: FinancingSubjectType, subjectId: string): Promise<string[]> {
  const table = subjectType === FinancingSubjectType.TenderContract ? 'tender_contract' : 'mall_order';
  const rows = await em.execute<{ buyer_id: string; supplier_id: string }[]>(`select buyer_id, supplier_id from ${table} where id = ?`, [subjectId]);
  return rows.flatMap((r) => [r.buyer_id, r.supplier_id]);
}

