import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '@zhengcai/schema';
import { addDays, type LocalDate, endOfLocalDate, localDateOf, startOfLocalDate } from '../platform/calendar/local-date.js';
import { type DayOverride, WorkingCalendar } from '../platform/calendar/working-calendar.js';
import { DEMO_TENDER_BUDGET_CODE } from './demo-budgets.js';
import { findDemoBuyer } from './demo-people.js';

/** The title of each demo tenant's published tender project (tests find it by this). */
export const DEMO_TENDER_TITLE = '2026年度办公计算机集中采购项目';

const LOTS = [
  { title: '台式计算机', scope: '台式计算机 900 台（i5 处理器 16G 内存 512G 固态硬盘 23.8 英寸显示器），含送货安装与三年上门保修', budgetFen: 4_500_000_00n, depositFen: 90_000_00n },
  { title: '打印机', scope: 'A4 黑白激光打印机 600 台（每分钟 30 页 自动双面 有线网络），含送货安装与一年保修', budgetFen: 1_200_000_00n, depositFen: 0n },
];

const CRITERIA = [
  { key: 'price', name: '价格', weight: 30, kind: 'price' },
  { key: 'technical', name: '技术', weight: 50, kind: 'technical' },
  { key: 'commercial', name: '商务', weight: 20, kind: 'commercial' },
];

/** Documents are issued for 7 working days; bids are due 21 calendar days after publication, 09:30 local time. */
const DOCUMENTS_WORKING_DAYS = 7;
const BID_PERIOD_DAYS = 21;

/**
 * One published public tender of the demo buyer's unit, as publishing leaves it: two lots in
 * bidding, its number drawn from the tenant's project counter (as a real create does), its
 * budget frozen on the unit's tender budget line with a freeze movement. Idempotent: a unit
 * that already has the demo project is left alone.
 */
export async function seedDemoTender(em: EntityManager, tenant: { id: string; slug: string; timeZone: string }, unitUscc: string, fiscalYear: number): Promise<number> {
  const buyer = await findDemoBuyer(em, tenant, unitUscc);
  if (!buyer) return 0;
  const [existing] = await em.execute(`select id from tender_project where tenant_id = ? and buyer_id = ? and title = ?`, [tenant.id, buyer.unitId, DEMO_TENDER_TITLE]);
  if (existing) return 0;
  const budgetFen = LOTS.reduce((sum, l) => sum + l.budgetFen, 0n);
  const [line] = await em.execute<{ id: string }[]>(
    `select id from budget_line where tenant_id = ? and unit_id = ? and fiscal_year = ? and code = ? and amount_fen - used_fen - frozen_fen >= ? for update`,
    [tenant.id, buyer.unitId, fiscalYear, DEMO_TENDER_BUDGET_CODE, budgetFen.toString()],
  );
  if (!line) return 0;

  const now = new Date();
  const today = localDateOf(now, tenant.timeZone);
  const days = await em.execute<{ day: LocalDate; kind: DayOverride }[]>(
    `select to_char(day, 'YYYY-MM-DD') as day, kind from calendar_day where tenant_id = ? and day between ? and ?`,
    [tenant.id, today, addDays(today, 60)],
  );
  const calendar = new WorkingCalendar(new Map(days.map((d) => [d.day, d.kind])));
  const documentsUntil = endOfLocalDate(calendar.addWorkingDays(today, DOCUMENTS_WORKING_DAYS), tenant.timeZone);
  const bidDeadline = new Date(startOfLocalDate(addDays(today, BID_PERIOD_DAYS), tenant.timeZone).getTime() + 9.5 * 3_600_000);

  const [counter] = await em.execute<{ last: number }[]>(
    `insert into tender_project_counter (id, tenant_id, year, last) values (?, ?, ?, 1)
     on conflict (tenant_id, year) do update set last = tender_project_counter.last + 1 returning last`,
    [newId(), tenant.id, fiscalYear],
  );
  const projectNo = `ZC${fiscalYear}-${String(counter.last).padStart(6, '0')}`;
  const projectId = newId();
  await em.execute(
    `insert into tender_project (id, tenant_id, project_no, title, description, method, kind, category_code, buyer_id, created_by, budget_line_id,
       budget_fen, evaluation_method, criteria, sme_deduction_bp, qualification, state, documents_from, documents_until, bid_deadline, published_at)
     values (?, ?, ?, ?, ?, 'public_tender', 'goods', 'A02010104', ?, ?, ?, ?, 'comprehensive_scoring', ?, 1000, ?, 'published', ?, ?, ?, ?)`,
    [
      projectId, tenant.id, projectNo, DEMO_TENDER_TITLE, '集中采购本年度各处室办公用台式计算机与打印机，分两个包，可分包投标。', buyer.unitId, buyer.userId, line.id,
      budgetFen.toString(), JSON.stringify(CRITERIA), '具有独立承担民事责任的能力；具有良好的商业信誉和健全的财务会计制度；近三年内在经营活动中没有重大违法记录。',
      now, documentsUntil, bidDeadline, now,
    ],
  );
  for (const [i, lot] of LOTS.entries()) {
    await em.execute(
      `insert into tender_lot (id, tenant_id, project_id, lot_no, title, scope, budget_fen, deposit_fen, min_bidders, state) values (?, ?, ?, ?, ?, ?, ?, ?, 3, 'bidding')`,
      [newId(), tenant.id, projectId, i + 1, `第${i + 1}包：${lot.title}`, lot.scope, lot.budgetFen.toString(), lot.depositFen.toString()],
    );
  }
  await em.execute(`update budget_line set frozen_fen = frozen_fen + ? where id = ?`, [budgetFen.toString(), line.id]);
  await em.execute(
    `insert into budget_movement (id, tenant_id, line_id, kind, amount_delta_fen, used_delta_fen, frozen_delta_fen, order_id, actor_user_id, note)
     values (?, ?, ?, 'freeze', 0, 0, ?, ?, ?, ?)`,
    [newId(), tenant.id, line.id, budgetFen.toString(), projectId, buyer.userId, `采购项目 ${projectNo} 发布（演示数据）`],
  );
  return 1;
}
