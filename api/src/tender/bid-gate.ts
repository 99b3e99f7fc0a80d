import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantContext, TenderLot } from '@zhengcai/schema';

/**
 * A condition a supplier must meet before it may bid on a lot, owned by another context
 * (deposits: a paid deposit or an accepted guarantee when the lot requires one; oversight: an
 * integrity band high enough). Bid submission runs every registered gate in its transaction.
 */
export interface BidGate {
  readonly name: string;
  /** Throws an AppError saying what is missing; returns when the supplier may bid. */
  check(em: EntityManager, ctx: TenantContext, lot: TenderLot, supplierOrganisationId: string): Promise<void>;
}

@Injectable()
export class BidGateRegistry {
  private readonly gates = new Map<string, BidGate>();

  register(gate: BidGate): void {
    if (this.gates.has(gate.name)) throw new Error(`bid gate registered twice: ${gate.name}`);
    this.gates.set(gate.name, gate);
  }

  async checkAll(em: EntityManager, ctx: TenantContext, lot: TenderLot, supplierOrganisationId: string): Promise<void> {
    for (const gate of this.gates.values()) await gate.check(em, ctx, lot, supplierOrganisationId);
  }
}
