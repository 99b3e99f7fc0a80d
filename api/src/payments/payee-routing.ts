import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayeeAccount } from '@zhengcai/schema';

/** Another context's say on where a subject's money goes (financing's 回款账户锁定). */
export interface PayeeAccountRouter {
  /** The account that replaces the payee's own for this payment subject, or null. */
  find(em: EntityManager, subjectType: string, subjectId: string): Promise<PayeeAccount | null>;
}

/** The routers by registration; payments ask them when a payment starts. */
@Injectable()
export class PayeeAccountRouting {
  private readonly routers: PayeeAccountRouter[] = [];

  register(router: PayeeAccountRouter): void {
    this.routers.push(router);
  }

  async find(em: EntityManager, subjectType: string, subjectId: string): Promise<PayeeAccount | null> {
    for (const r of this.routers) {
      const account = await r.find(em, subjectType, subjectId);
      if (account) return account;
    }
    return null;
  }
}
