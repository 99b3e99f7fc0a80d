import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { type TenantContext, formatYuan } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';

export interface ReconciliationRow {
  depositId: string;
  lotId: string;
  lotNo: number;
  lotTitle: string;
  projectId: string;
  projectNo: string;
  projectTitle: string;
  supplierId: string;
  supplierName: string;
  state: string;
  paidFen: bigint;
  refundedPrincipalFen: bigint;
  interestFen: bigint;
  lateChargeFen: bigint;
  forfeitedFen: bigint;
  heldFen: bigint;
  refundState: string | null;
  /** paid − refunded − forfeited − held: anything but 0 is a discrepancy. */
  differenceFen: bigint;
  flagged: boolean;
}

/**
 * The reconciliation report: every deposit that was opened, with what was paid, refunded,
 * forfeited and is still held; a row whose money does not add up is flagged.
 */
@Injectable()
export class DepositReconciliation {
  constructor(private readonly db: TenantDb) {}

  rows(ctx: TenantContext): Promise<ReconciliationRow[]> {
    return this.db.transaction(ctx, async (em) => {
      const raw = await em.execute<Record<string, string | null>[]>(`
        select d.id, d.lot_id, l.lot_no, l.title as lot_title, p.id as project_id, p.project_no, p.title as project_title, d.supplier_id, o.name, d.state::text as state,
          case when d.paid_at is not null then d.amount_fen else 0 end as paid,
          coalesce(r.principal_fen, 0) as refunded, coalesce(r.interest_fen, 0) as interest, coalesce(r.late_charge_fen, 0) as late,
          case when d.state = 'forfeited' then d.amount_fen else 0 end as forfeited,
          case when d.state in ('held', 'challenged') then d.amount_fen else 0 end as held,
          r.state::text as refund_state
        from deposit d join organisation o on o.id = d.supplier_id join tender_lot l on l.id = d.lot_id join tender_project p on p.id = l.project_id left join deposit_refund r on r.deposit_id = d.id
        order by d.created_at, d.id`);
      return raw.map((x) => {
        const [paid, refunded, forfeited, held] = [x.paid, x.refunded, x.forfeited, x.held].map((v) => BigInt(v ?? 0));
        const differenceFen = paid - refunded - forfeited - held;
        // A refunded deposit without its refund row, or a refund of another amount, also shows as a difference.
        return {
          depositId: x.id!, lotId: x.lot_id!, lotNo: Number(x.lot_no), lotTitle: x.lot_title!, projectId: x.project_id!, projectNo: x.project_no!, projectTitle: x.project_title!, supplierId: x.supplier_id!, supplierName: x.name!, state: x.state!, paidFen: paid, refundedPrincipalFen: refunded,
          interestFen: BigInt(x.interest ?? 0), lateChargeFen: BigInt(x.late ?? 0), forfeitedFen: forfeited, heldFen: held, refundState: x.refund_state,
          differenceFen, flagged: differenceFen !== 0n,
        };
      });
    });
  }

  /** The same report as an xlsx workbook for finance (amounts in yuan). */
  async xlsx(ctx: TenantContext): Promise<Buffer> {
    const rows = await this.rows(ctx);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('保证金对账');
    sheet.addRow(['保证金ID', '标包ID', '项目编号', '项目', '标包', '供应商', '状态', '已缴', '已退本金', '利息', '逾期资金占用费', '没收', '在押', '退款状态', '差额', '异常']);
    for (const r of rows) {
      sheet.addRow([r.depositId, r.lotId, r.projectNo, r.projectTitle, `${r.lotNo} ${r.lotTitle}`, r.supplierName, r.state, formatYuan(r.paidFen), formatYuan(r.refundedPrincipalFen), formatYuan(r.interestFen), formatYuan(r.lateChargeFen),
        formatYuan(r.forfeitedFen), formatYuan(r.heldFen), r.refundState ?? '', formatYuan(r.differenceFen), r.flagged ? '是' : '']);
    }
    return Buffer.from(await book.xlsx.writeBuffer());
  }
}
