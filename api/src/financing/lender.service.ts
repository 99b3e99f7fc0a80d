import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, Lender, Role, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { requireValidUscc } from '../platform/organisations/uscc-input.js';
import { isSm2PublicKey } from './financing-crypto.js';

export interface LenderInput {
  name: string;
  uscc: string;
  webhookUrl: string;
  publicKey: string;
  repaymentBankName: string;
  repaymentAccountName: string;
  repaymentAccountNo: string;
}

type CheckedLender = LenderInput;

const ACCOUNT_NO = /^[0-9]{8,32}$/;

/** Lenders (banks) the operators register for contract financing; every change audited. */
@Injectable()
export class LenderService {
  constructor(private readonly db: TenantDb) {}

  register(ctx: TenantContext, input: LenderInput): Promise<Lender> {
    const v = checkLender(input);
    return this.db.transaction(ctx, async (em, tx) => {
      if (await em.findOne(Lender, { uscc: v.uscc })) throw new AppError('LENDER_DUPLICATE', { field: 'input.uscc', uscc: v.uscc });
      const lender = em.create(Lender, { tenantId: ctx.tenantId, ...v, registeredBy: ctx.userId! });
      await em.flush();
      tx.audit({ action: 'financing.lender.register', subjectType: 'lender', subjectId: lender.id, change: auditable(lender) });
      return lender;
    });
  }

  update(ctx: TenantContext, id: string, input: LenderInput): Promise<Lender> {
    const v = checkLender(input);
    return this.db.transaction(ctx, async (em, tx) => {
      const lender = await this.lock(em, id);
      if (v.uscc !== lender.uscc && (await em.findOne(Lender, { uscc: v.uscc }))) throw new AppError('LENDER_DUPLICATE', { field: 'input.uscc', uscc: v.uscc });
      const before = auditable(lender);
      Object.assign(lender, v, { updatedAt: new Date() });
      await em.flush();
      tx.audit({ action: 'financing.lender.update', subjectType: 'lender', subjectId: lender.id, change: { before, after: auditable(lender) } });
      return lender;
    });
  }

  /** Deactivated lenders take no new applications; open ones go on. */
  setActive(ctx: TenantContext, id: string, active: boolean): Promise<Lender> {
    return this.db.transaction(ctx, async (em, tx) => {
      const lender = await this.lock(em, id);
      if (lender.active !== active) {
        lender.active = active;
        lender.updatedAt = new Date();
        await em.flush();
        tx.audit({ action: `financing.lender.${active ? 'activate' : 'deactivate'}`, subjectType: 'lender', subjectId: lender.id, change: { active } });
      }
      return lender;
    });
  }

  /** Operators see every lender; others the active ones. */
  list(ctx: TenantContext): Promise<Lender[]> {
    const all = ctx.roles.includes(Role.TenantOperator);
    return this.db.transaction(ctx, (em) => em.find(Lender, all ? {} : { active: true }, { orderBy: { name: 'asc', id: 'asc' } }));
  }

  private async lock(em: EntityManager, id: string): Promise<Lender> {
    const lender = isUuid(id) ? await em.findOne(Lender, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!lender) throw new AppError('LENDER_NOT_FOUND', { field: 'id' });
    return lender;
  }
}

function checkLender(input: LenderInput): CheckedLender {
  const text = (value: string, field: string, max: number) => {
    const t = value.trim();
    if (t.length < 2 || t.length > max) throw new AppError('LENDER_FIELD_INVALID', { field: `input.${field}`, max });
    return t;
  };
  const name = text(input.name, 'name', 128);
  let uscc: string;
  try {
    uscc = requireValidUscc(input.uscc.trim());
  } catch (err) {
    if (err instanceof AppError) throw new AppError(err.reason, { ...err.params, field: 'input.uscc' });
    throw err;
  }
  const webhookUrl = input.webhookUrl.trim();
  if (!/^https?:\/\/[^\s]{1,240}$/.test(webhookUrl)) throw new AppError('LENDER_WEBHOOK_INVALID', { field: 'input.webhookUrl' });
  const publicKey = input.publicKey.trim().toLowerCase();
  if (!isSm2PublicKey(publicKey)) throw new AppError('LENDER_KEY_INVALID', { field: 'input.publicKey' });
  const repaymentAccountNo = input.repaymentAccountNo.replace(/\s/g, '');
  if (!ACCOUNT_NO.test(repaymentAccountNo)) throw new AppError('LENDER_ACCOUNT_NO_INVALID', { field: 'input.repaymentAccountNo' });
  return {
    name, uscc, webhookUrl, publicKey, repaymentAccountNo,
    repaymentBankName: text(input.repaymentBankName, 'repaymentBankName', 128),
    repaymentAccountName: text(input.repaymentAccountName, 'repaymentAccountName', 128),
  };
}

function auditable(l: Lender) {
  return { name: l.name, uscc: l.uscc, webhookUrl: l.webhookUrl, publicKey: l.publicKey, repaymentBankName: l.repaymentBankName, repaymentAccountName: l.repaymentAccountName, repaymentAccountNo: l.repaymentAccountNo, active: l.active };
}
