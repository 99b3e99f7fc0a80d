import { Injectable, Module } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantContext } from '@zhengcai/schema';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { PayeeAccountRouting } from './payee-routing.js';

/**
 * What a payment pays for, as its owning context describes it. Payments know nothing of
 * orders or deposits: each context registers a handler for its subject type ('order',
 * 'deposit', ...) and payments call it inside their own transactions.
 */
export interface Payable {
  /** The exact amount due now, in fen. */
  amountFen: bigint;
  payerOrganisationId: string;
  payeeOrganisationId: string;
  /** Shown to the payer and sent to the provider as the subject line. */
  title: string;
}

/** The settled payment, as handed to the subject's owner. */
export interface SettledPayment {
  paymentId: string;
  provider: string;
  amountFen: bigint;
  /** The provider's trade number or the bank transfer reference. */
  reference: string;
}

export interface PayableHandler {
  readonly subjectType: string;
  /**
   * The subject as it must be paid now; throws an AppError when it cannot be paid (wrong
   * state, not the caller's, not found). Runs in the payment's transaction.
   */
  describe(em: EntityManager, ctx: TenantContext, subjectId: string): Promise<Payable>;
  /** The payment succeeded: move the subject on, in the same transaction as the payment. */
  settled(em: EntityManager, tx: TxEffects, ctx: TenantContext, subjectId: string, payment: SettledPayment): Promise<void>;
}

/** The handlers by subject type; contexts register theirs when their module starts. */
@Injectable()
export class PayableRegistry {
  private readonly handlers = new Map<string, PayableHandler>();

  register(handler: PayableHandler): void {
    if (this.handlers.has(handler.subjectType)) throw new Error(`payable subject type registered twice: ${handler.subjectType}`);
    this.handlers.set(handler.subjectType, handler);
  }

  /** The handler for `subjectType`, or undefined when no context pays for such subjects. */
  find(subjectType: string): PayableHandler | undefined {
    return this.handlers.get(subjectType);
  }

  subjectTypes(): string[] {
    return [...this.handlers.keys()].sort();
  }
}

/** Imported by payments and by every context that registers a payable. */
@Module({ providers: [PayableRegistry, PayeeAccountRouting], exports: [PayableRegistry, PayeeAccountRouting] })
export class PayablesModule {}
