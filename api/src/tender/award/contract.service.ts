import { Injectable } from '@nestjs/common';
import { completeIfDone } from '../project-completion.js';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, SigningKey, TenderContract, type TenantContext, isUuid } from '@zhengcai/schema';
import { workingDeadline } from '../../platform/calendar/working-deadline.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { nextTenderContractState, nextTenderLotState } from '../tender-state-machines.js';
import { contractDigest, verifyDigestSignature } from './contract-text.js';
import { lotBlocked, requireText, requireUser } from './lot-access.js';

/** DOMAIN.md: a signed contract is published within 2 working days. */
export const CONTRACT_PUBLICATION_WORKING_DAYS = 2;

export interface ContractTermsInput {
  paymentTerms?: string | null;
  deliveryTerms?: string | null;
}

export type ContractParty = 'buyer' | 'supplier';

/** Which side of the contract the caller acts for, if any. */
export function contractPartyOf(ctx: TenantContext, c: TenderContract): ContractParty | null {
  if (!ctx.organisationId) return null;
  if (c.buyer.id === ctx.organisationId && (ctx.roles.includes(Role.Purchaser) || ctx.roles.includes(Role.UnitAdmin))) return 'buyer';
  if (c.supplier.id === ctx.organisationId && ctx.roles.includes(Role.Supplier)) return 'supplier';
  return null;
}

/** Editing and signing contracts (合同签订): both parties sign the SM3 digest with SM2. */
@Injectable()
export class ContractService {
  constructor(private readonly db: TenantDb) {}

  /** The buyer edits payment and delivery terms while nobody has signed. */
  updateTerms(ctx: TenantContext, id: string, input: ContractTermsInput): Promise<TenderContract> {
    return this.db.transaction(ctx, async (em, tx) => {
      const contract = await lockContract(em, id);
      if (contractPartyOf(ctx, contract) !== 'buyer') throw new AppError('CONTRACT_NOT_PARTY');
      nextTenderContractState(contract.state, 'edit_terms');
      if (contract.signedDigest) throw new AppError('CONTRACT_TERMS_LOCKED');
      const before = { paymentTerms: contract.paymentTerms, deliveryTerms: contract.deliveryTerms };
      if (input.paymentTerms != null) contract.paymentTerms = requireText(input.paymentTerms, 'input.paymentTerms', 4000);
      if (input.deliveryTerms != null) contract.deliveryTerms = requireText(input.deliveryTerms, 'input.deliveryTerms', 4000);
      contract.updatedAt = new Date();
      tx.audit({ action: 'tender.contract.terms-updated', subjectType: 'tender_contract', subjectId: contract.id, change: { before, after: { paymentTerms: contract.paymentTerms, deliveryTerms: contract.deliveryTerms } } });
      return contract;
    });
  }

  /**
   * One party signs the contract's digest with its active registered key. The second
   * signature contracts the lot and publishes the contract; a signature later than 30 days
   * after the award letter is accepted and flagged late.
   */
  sign(ctx: TenantContext, id: string, signature: string): Promise<TenderContract> {
    return this.db.transaction(ctx, async (em, tx) => {
      const userId = requireUser(ctx);
      const contract = await lockContract(em, id);
      const party = contractPartyOf(ctx, contract);
      if (!party) throw new AppError('CONTRACT_NOT_PARTY');
      if (contract[`${party}Signature`]) throw new AppError('CONTRACT_ALREADY_SIGNED');
      const lot = contract.lot;
      const otherSigned = Boolean(contract[party === 'buyer' ? 'supplierSignature' : 'buyerSignature']);
      const state = nextTenderContractState(contract.state, otherSigned ? 'sign_both' : 'sign_one');
      const lotState = nextTenderLotState(lot.state, 'sign_contract');
      if (await lotBlocked(em, lot.id)) throw new AppError('CONTRACT_BLOCKED_BY_CHALLENGE');
      const key = await em.findOne(SigningKey, { user: userId, revokedAt: null });
      if (!key) throw new AppError('CONTRACT_SIGNING_KEY_MISSING');
      const digest = contract.signedDigest ?? contractDigest(contract);
      if (!verifyDigestSignature(digest, signature, key.publicKey)) throw new AppError('CONTRACT_SIGNATURE_INVALID', { field: 'signature', digest }, { digest });

      const now = new Date();
      Object.assign(contract, {
        [`${party}Signature`]: signature.toLowerCase(), [`${party}SignedBy`]: userId, [`${party}KeyId`]: key.id, [`${party}SignedAt`]: now,
        signedDigest: digest, state, updatedAt: now,
      });
      tx.audit({ action: 'tender.contract.signed-by-party', subjectType: 'tender_contract', subjectId: contract.id, change: { party, digest, keyFingerprint: key.fingerprint } });
      if (!otherSigned) return contract;

      contract.signedAt = now;
      contract.signedLate = now > contract.award.contractDueAt;
      contract.publishedAt = now;
      contract.publicationDueAt = await workingDeadline(em, ctx.tenantId, now, CONTRACT_PUBLICATION_WORKING_DAYS);
      const lotBefore = lot.state;
      lot.state = lotState;
      lot.contractedAt = now;
      lot.updatedAt = now;
      tx.audit({ action: 'tender.lot.contracted', subjectType: 'tender_lot', subjectId: lot.id, change: { state: [lotBefore, lot.state], contractId: contract.id, signedLate: contract.signedLate } });
      tx.publish(domainEvent('tender.lot.contract-signed', { lotId: lot.id, trigger: 'contract_signed' }));
      await completeIfDone(em, ctx, lot.project.id, tx);
      return contract;
    });
  }
}

export async function lockContract(em: EntityManager, id: string): Promise<TenderContract> {
  const contract = isUuid(id) ? await em.findOne(TenderContract, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!contract) throw new AppError('CONTRACT_NOT_FOUND');
  await em.populate(contract, ['lot.project', 'buyer', 'supplier', 'award']);
  return contract;
}
