import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { LockMode } from '@mikro-orm/postgresql';
import {
  type Fen, formatYuan, Guarantee, GuaranteeIssuer, type GuaranteeIssuerKind, type GuaranteeSignatureAlgorithm, GuaranteeState, isUuid, Organisation, Role,
  type TenantContext, TenderLot, TenderLotState,
} from '@zhengcai/schema';
import { requireReason } from '../catalog/problems.js';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { guaranteeSignedText, isValidIssuerKey, verifyGuaranteeSignature } from './guarantee-signature.js';

/** A guarantee must stay valid this long after the bid deadline: the bid validity period (投标有效期). */
export const GUARANTEE_COVER_DAYS_AFTER_DEADLINE = 90;

export interface RegisterIssuerInput { name: string; kind: GuaranteeIssuerKind; algorithm: GuaranteeSignatureAlgorithm; publicKey: string; callbackUrl?: string | null }
export interface PresentGuaranteeInput {
  issuerId: string; guaranteeNo: string; lotId: string; beneficiary: string; amountFen: Fen; validFrom: Date; validUntil: Date; signature: string;
}

const GUARANTEE_NO = /^[A-Za-z0-9-]{4,64}$/;

/** Issuers (operators register them), guarantees (suppliers present them, verified at once) and claims (the buyer's). */
@Injectable()
export class GuaranteeService {
  constructor(private readonly db: TenantDb) {}

  registerIssuer(ctx: TenantContext, input: RegisterIssuerInput): Promise<GuaranteeIssuer> {
    const name = input.name.trim();
    if (name.length < 2 || name.length > 128) throw new AppError('GUARANTEE_ISSUER_NAME_INVALID', { field: 'input.name' });
    const key = input.publicKey.trim();
    if (!isValidIssuerKey(input.algorithm, key)) throw new AppError('GUARANTEE_ISSUER_KEY_INVALID', { field: 'input.publicKey', algorithm: input.algorithm });
    const url = input.callbackUrl?.trim() || null;
    if (url && !/^https?:\/\/[^\s]{1,240}$/.test(url)) throw new AppError('GUARANTEE_CALLBACK_INVALID', { field: 'input.callbackUrl' });
    return this.db.transaction(ctx, async (em, tx) => {
      if (await em.findOne(GuaranteeIssuer, { name })) throw new AppError('GUARANTEE_ISSUER_DUPLICATE', { field: 'input.name', name });
      const issuer = em.create(GuaranteeIssuer, { tenantId: ctx.tenantId, name, kind: input.kind, algorithm: input.algorithm, publicKey: key, callbackUrl: url, registeredBy: ctx.userId! });
      await em.flush();
      tx.audit({ action: 'deposits.guarantee-issuer.register', subjectType: 'guarantee-issuer', subjectId: issuer.id, change: { name, kind: input.kind, algorithm: input.algorithm, callbackUrl: url } });
      return issuer;
    });
  }

  issuers(ctx: TenantContext): Promise<GuaranteeIssuer[]> {
    return this.db.transaction(ctx, (em) => em.find(GuaranteeIssuer, { active: true }, { orderBy: { name: 'asc' } }));
  }

  /**
   * The caller's supplier presents a guarantee for a lot. Accepted only when the issuer's
   * registered key verifies the signature over the terms, the amount covers the deposit and
   * the validity runs from now to 90 days past the bid deadline; otherwise nothing is stored.
   */
  present(ctx: TenantContext, input: PresentGuaranteeInput): Promise<Guarantee> {
    const guaranteeNo = input.guaranteeNo.trim();
    if (!GUARANTEE_NO.test(guaranteeNo)) throw new AppError('GUARANTEE_NO_INVALID', { field: 'input.guaranteeNo' });
    if (input.amountFen <= 0n) throw new AppError('DEPOSIT_AMOUNT_INVALID', { field: 'input.amount' });
    const beneficiary = input.beneficiary.trim();
    if (beneficiary.length < 2 || beneficiary.length > 200) throw new AppError('GUARANTEE_BENEFICIARY_INVALID', { field: 'input.beneficiary' });
    return this.db.transaction(ctx, async (em, tx) => {
      const lot = isUuid(input.lotId) ? await em.findOne(TenderLot, { id: input.lotId }, { populate: ['project'] }) : null;
      if (!lot) throw new AppError('DEPOSIT_LOT_NOT_FOUND');
      if (lot.depositFen <= 0n) throw new AppError('DEPOSIT_NOT_REQUIRED');
      if (lot.state !== TenderLotState.Bidding) throw new AppError('DEPOSIT_LOT_NOT_BIDDING', { state: lot.state });
      const issuer = isUuid(input.issuerId) ? await em.findOne(GuaranteeIssuer, { id: input.issuerId, active: true }) : null;
      if (!issuer) throw new AppError('GUARANTEE_ISSUER_UNKNOWN', { field: 'input.issuerId' });
      const applicant = await em.findOneOrFail(Organisation, { id: ctx.organisationId! });
      const text = guaranteeSignedText({
        guaranteeNo, issuerName: issuer.name, beneficiary, applicantUscc: applicant.uscc ?? '', lotId: lot.id, amountFen: input.amountFen, validFrom: input.validFrom, validUntil: input.validUntil,
      });
      if (!verifyGuaranteeSignature(issuer.algorithm, issuer.publicKey, text, input.signature.trim())) throw new AppError('GUARANTEE_SIGNATURE_INVALID', { field: 'input.signature', issuer: issuer.name });
      const now = new Date();
      if (input.validUntil <= now) throw new AppError('GUARANTEE_EXPIRED', { field: 'input.validUntil' });
      if (input.validFrom > now) throw new AppError('GUARANTEE_NOT_YET_VALID', { field: 'input.validFrom' });
      const cover = new Date((lot.project.bidDeadline ?? now).getTime() + GUARANTEE_COVER_DAYS_AFTER_DEADLINE * 86_400_000);
      if (input.validUntil < cover) throw new AppError('GUARANTEE_VALIDITY_SHORT', { field: 'input.validUntil', until: cover.toISOString().slice(0, 10) });
      if (input.amountFen < lot.depositFen) throw new AppError('GUARANTEE_AMOUNT_TOO_SMALL', { field: 'input.amount', required: formatYuan(lot.depositFen), amount: formatYuan(input.amountFen) });
      const g = em.create(Guarantee, {
        tenantId: ctx.tenantId, issuer, guaranteeNo, lot, supplier: applicant, beneficiary, amountFen: input.amountFen, validFrom: input.validFrom, validUntil: input.validUntil,
        signature: input.signature.trim(), state: GuaranteeState.Accepted,
      });
      try {
        await em.flush();
      } catch (err) {
        if (err instanceof UniqueConstraintViolationException) throw new AppError('GUARANTEE_DUPLICATE', { field: 'input.guaranteeNo' });
        throw err;
      }
      tx.audit({ action: 'deposits.guarantee.accept', subjectType: 'guarantee', subjectId: g.id, change: { guaranteeNo, issuer: issuer.name, lotId: lot.id, amount: formatYuan(g.amountFen), validUntil: g.validUntil.toISOString() } });
      return g;
    });
  }

  /** The buyer claims on an accepted guarantee (forfeiture applies), with the reason and its evidence. */
  claim(ctx: TenantContext, id: string, reason: string, evidence: string[]): Promise<Guarantee> {
    const text = requireReason(reason);
    const items = evidence.map((e) => e.trim()).filter(Boolean);
    if (!items.length || items.length > 20 || items.some((e) => e.length > 500)) throw new AppError('GUARANTEE_EVIDENCE_REQUIRED', { field: 'evidence' });
    return this.db.transaction(ctx, async (em, tx) => {
      const g = isUuid(id) ? await em.findOne(Guarantee, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!g) throw new AppError('GUARANTEE_NOT_FOUND');
      await em.populate(g, ['lot.project']);
      if (g.lot.project.buyer.id !== ctx.organisationId) throw new AppError('GUARANTEE_NOT_FOUND');
      if (g.state !== GuaranteeState.Accepted) throw new AppError('GUARANTEE_NOT_CLAIMABLE', { state: g.state });
      Object.assign(g, { state: GuaranteeState.Claimed, claimReason: text, claimEvidence: items, updatedAt: new Date() });
      await em.flush();
      tx.audit({ action: 'deposits.guarantee.claim', subjectType: 'guarantee', subjectId: g.id, change: { reason: text, evidence: items } });
      return g;
    });
  }

  /** Guarantees the caller may see: a supplier's own, those on the buyer's lots, all for finance and operators. */
  list(ctx: TenantContext, lotId?: string | null): Promise<Guarantee[]> {
    return this.db.transaction(ctx, (em) => {
      const where: Record<string, unknown> = lotId ? { lot: isUuid(lotId) ? lotId : null } : {};
      if (!ctx.roles.includes(Role.Finance) && !ctx.roles.includes(Role.TenantOperator)) {
        if (ctx.roles.includes(Role.Supplier)) where.supplier = ctx.organisationId;
        else where.lot = { ...(where.lot ? { id: where.lot } : {}), project: { buyer: ctx.organisationId } };
      }
      return em.find(Guarantee, where, { populate: ['issuer', 'lot.project'], strategy: 'joined', orderBy: { createdAt: 'desc', id: 'desc' }, limit: 500 });
    });
  }
}
