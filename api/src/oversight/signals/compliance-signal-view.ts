import type { EntityManager } from '@mikro-orm/postgresql';
import type { ComplianceSignal, ComplianceSignalKind, ComplianceSignalSeverity, ComplianceSignalState } from '@zhengcai/schema';

export interface NamedRef { id: string; name: string }

export interface ComplianceSignalView {
  id: string;
  kind: ComplianceSignalKind;
  state: ComplianceSignalState;
  severity: ComplianceSignalSeverity;
  createdAt: Date;
  updatedAt: Date;
  unit: NamedRef | null;
  categoryCode: string | null;
  categoryName: string | null;
  period: string | null;
  periodFrom: Date | null;
  periodTo: Date | null;
  amountFen: bigint | null;
  thresholdFen: bigint | null;
  directOrderMaxFen: bigint | null;
  lot: { id: string; title: string; projectNo: string; projectTitle: string; budgetFen: bigint } | null;
  auctionId: string | null;
  expert: NamedRef | null;
  shared: { kind: string; value: string } | null;
  orders: { orderId: string; orderNo: string; supplier: NamedRef; amountFen: bigint; totalFen: bigint; placedAt: Date }[];
  bids: { bidId: string; supplier: NamedRef; priceFen: bigint | null; value: string | null }[];
  deviations: { bidId: string; supplier: NamedRef; criterionKey: string; scoreHundredths: number; meanHundredths: number; maxHundredths: number; beyondThreshold: boolean; beyondZ: boolean; reason: string | null }[];
  reviewer: NamedRef | null;
  reviewedAt: Date | null;
  dismissalReason: string | null;
  referredTo: string | null;
  referralNote: string | null;
}

/** Signals with every id of their evidence resolved to today's names, in a handful of queries per page. */
export async function toSignalViews(em: EntityManager, signals: ComplianceSignal[]): Promise<ComplianceSignalView[]> {
  const orgIds = new Set<string>();
  const userIds = new Set<string>();
  const lotIds = new Set<string>();
  const codes = new Set<string>();
  for (const s of signals) {
    if (s.unitId) orgIds.add(s.unitId);
    if (s.expertId) userIds.add(s.expertId);
    if (s.reviewerId) userIds.add(s.reviewerId);
    if (s.lotId) lotIds.add(s.lotId);
    if (s.categoryCode) codes.add(s.categoryCode);
    for (const o of s.evidence.orders ?? []) orgIds.add(o.supplierId);
    for (const b of s.evidence.bids ?? []) orgIds.add(b.supplierId);
    for (const d of s.evidence.deviations ?? []) orgIds.add(d.supplierId);
  }
  const names = async (sql: string, ids: Set<string>) =>
    ids.size ? new Map((await em.execute<{ id: string; name: string }[]>(sql, [JSON.stringify([...ids])])).map((r) => [r.id, r.name])) : new Map<string, string>();
  const orgs = await names(`select id, name from organisation where id in (select jsonb_array_elements_text(?::jsonb)::uuid)`, orgIds);
  const users = await names(`select id, display_name as name from user_account where id in (select jsonb_array_elements_text(?::jsonb)::uuid)`, userIds);
  const categories = await names(`select code as id, name from category where code in (select jsonb_array_elements_text(?::jsonb))`, codes);
  const lots = lotIds.size
    ? new Map((await em.execute<{ id: string; title: string; project_no: string; project_title: string; budget_fen: string }[]>(
      `select l.id, l.title, p.project_no, p.title as project_title, l.budget_fen::text from tender_lot l join tender_project p on p.id = l.project_id where l.id in (select jsonb_array_elements_text(?::jsonb)::uuid)`, [JSON.stringify([...lotIds])],
    )).map((r) => [r.id, { id: r.id, title: r.title, projectNo: r.project_no, projectTitle: r.project_title, budgetFen: BigInt(r.budget_fen) }]))
    : new Map();
  const org = (id: string): NamedRef => ({ id, name: orgs.get(id) ?? id });
  const user = (id: string | null | undefined): NamedRef | null => (id ? { id, name: users.get(id) ?? id } : null);
  return signals.map((s) => {
    const e = s.evidence;
    return {
      id: s.id, kind: s.kind, state: s.state, severity: s.severity, createdAt: s.createdAt, updatedAt: s.updatedAt,
      unit: s.unitId ? org(s.unitId) : null, categoryCode: s.categoryCode ?? null, categoryName: s.categoryCode ? categories.get(s.categoryCode) ?? null : null,
      period: s.period ?? null, periodFrom: e.period ? new Date(e.period.from) : null, periodTo: e.period ? new Date(e.period.to) : null,
      amountFen: s.amountFen ?? null, thresholdFen: e.thresholdFen ? BigInt(e.thresholdFen) : null, directOrderMaxFen: e.directOrderMaxFen ? BigInt(e.directOrderMaxFen) : null,
      lot: s.lotId ? lots.get(s.lotId) ?? null : null, auctionId: s.auctionId ?? null, expert: user(s.expertId), shared: e.shared ?? null,
      orders: (e.orders ?? []).map((o) => ({ orderId: o.orderId, orderNo: o.orderNo, supplier: org(o.supplierId), amountFen: BigInt(o.amountFen), totalFen: BigInt(o.totalFen), placedAt: new Date(o.placedAt) })),
      bids: (e.bids ?? []).map((b) => ({ bidId: b.bidId, supplier: org(b.supplierId), priceFen: b.priceFen === null ? null : BigInt(b.priceFen), value: b.value })),
      deviations: (e.deviations ?? []).map((d) => ({ ...d, supplier: org(d.supplierId), reason: (d as { reason?: string | null }).reason ?? null })),
      reviewer: user(s.reviewerId), reviewedAt: s.reviewedAt ?? null, dismissalReason: s.dismissalReason ?? null, referredTo: s.referredTo ?? null, referralNote: s.referralNote ?? null,
    };
  });
}
