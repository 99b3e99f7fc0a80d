import type { EntityManager } from '@mikro-orm/postgresql';
import {
  FinancingSubjectType, MallOrder, type Organisation, OrderState, parseTenantSettings, Tenant, TenderContract, TenderContractState,
} from '@zhengcai/schema';

/** A supplier's contract that can be financed, as the package describes it. */
export interface FinanceableContract {
  subjectType: FinancingSubjectType;
  subjectId: string;
  contractNo: string;
  title: string;
  amountFen: bigint;
  buyer: { name: string; uscc: string | null };
  supplier: { id: string; name: string; uscc: string | null };
  paymentTerms: string;
  /** 'accepted' once the buyer accepted delivery (履约验收); 'pending' before; 'not_applicable' for tender contracts (accepted outside the platform). */
  acceptanceStatus: 'accepted' | 'pending' | 'not_applicable';
  signedAt: Date;
}

/** Confirmed by the supplier and not yet paid: the money is still to come. */
export const FINANCEABLE_ORDER_STATES: readonly OrderState[] = [OrderState.Confirmed, OrderState.Shipped, OrderState.Delivered, OrderState.Accepted, OrderState.Invoiced];

const MALL_PAYMENT_TERMS = '验收合格并开具发票后，采购人通过平台一次性支付全部价款（国库集中支付或在线支付）。';

const party = (o: Organisation) => ({ name: o.name, uscc: o.uscc ?? null });

export async function minOrderFen(em: EntityManager, tenantId: string): Promise<bigint> {
  const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
  return BigInt(parseTenantSettings(tenant.settings).financing.minOrderFen);
}

function fromContract(c: TenderContract): FinanceableContract {
  return {
    subjectType: FinancingSubjectType.TenderContract, subjectId: c.id, contractNo: c.contractNo, title: c.lot.title, amountFen: c.amountFen,
    buyer: party(c.buyer), supplier: { id: c.supplier.id, ...party(c.supplier) }, paymentTerms: c.paymentTerms, acceptanceStatus: 'not_applicable', signedAt: c.signedAt ?? c.updatedAt,
  };
}

function fromOrder(o: MallOrder): FinanceableContract {
  const accepted = o.state === OrderState.Accepted || o.state === OrderState.Invoiced;
  return {
    subjectType: FinancingSubjectType.MallOrder, subjectId: o.id, contractNo: o.orderNo, title: `网上超市订单 ${o.orderNo}`, amountFen: o.acceptedFen ?? o.totalFen,
    buyer: party(o.buyer), supplier: { id: o.supplier.id, ...party(o.supplier) }, paymentTerms: MALL_PAYMENT_TERMS, acceptanceStatus: accepted ? 'accepted' : 'pending', signedAt: o.createdAt,
  };
}

/**
 * The subject when the supplier holds it and it can be financed now; otherwise why not:
 * 'missing' (not found or not the supplier's), 'state' (not signed / not confirmed / paid), 'threshold'.
 */
export async function findFinanceable(
  em: EntityManager, tenantId: string, supplierId: string, subjectType: FinancingSubjectType, subjectId: string,
): Promise<{ ok: true; contract: FinanceableContract } | { ok: false; why: 'missing' | 'state' | 'threshold'; minimum?: bigint; state?: string }> {
  if (subjectType === FinancingSubjectType.TenderContract) {
    const c = await em.findOne(TenderContract, { id: subjectId, supplier: supplierId }, { populate: ['buyer', 'supplier', 'lot'] });
    if (!c) return { ok: false, why: 'missing' };
    if (c.state !== TenderContractState.Signed) return { ok: false, why: 'state', state: c.state };
    return { ok: true, contract: fromContract(c) };
  }
  const o = await em.findOne(MallOrder, { id: subjectId, supplier: supplierId }, { populate: ['buyer', 'supplier'] });
  if (!o) return { ok: false, why: 'missing' };
  if (!FINANCEABLE_ORDER_STATES.includes(o.state)) return { ok: false, why: 'state', state: o.state };
  const minimum = await minOrderFen(em, tenantId);
  if ((o.acceptedFen ?? o.totalFen) < minimum) return { ok: false, why: 'threshold', minimum };
  return { ok: true, contract: fromOrder(o) };
}

/** Every contract the supplier could finance now (newest first, at most 200 of each kind). */
export async function listFinanceable(em: EntityManager, tenantId: string, supplierId: string): Promise<FinanceableContract[]> {
  const minimum = await minOrderFen(em, tenantId);
  const contracts = await em.find(TenderContract, { supplier: supplierId, state: TenderContractState.Signed }, { populate: ['buyer', 'supplier', 'lot'], orderBy: { signedAt: 'desc', id: 'desc' }, limit: 200 });
  const orders = await em.find(MallOrder, { supplier: supplierId, state: { $in: [...FINANCEABLE_ORDER_STATES] } }, { populate: ['buyer', 'supplier'], orderBy: { createdAt: 'desc', id: 'desc' }, limit: 200 });
  return [...contracts.map(fromContract), ...orders.filter((o) => (o.acceptedFen ?? o.totalFen) >= minimum).map(fromOrder)];
}
