import { Injectable } from '@nestjs/common';
import { IntegrityEventKind, isUuid, MANUAL_INTEGRITY_KINDS, newId, Organisation, OrganisationKind, Tenant, type TenantContext } from '@zhengcai/schema';
import { checkText, ProblemList } from '../../catalog/problems.js';
import { localDateOf, startOfLocalDate } from '../../platform/calendar/local-date.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { IntegrityRecorder } from './integrity-recorder.js';
import { IntegrityStandings } from './integrity-standings.js';

export interface PenaltyInput {
  supplierId: string;
  kind: IntegrityEventKind;
  documentNo: string;
  authority: string;
  /** YYYY-MM-DD, the decision's date; the event occurs at its start in the tenant's time zone. */
  decidedOn: string;
  /** Magnitude 1–100; the tenant's suggested weight for the kind when omitted. */
  points?: number | null;
  note?: string | null;
  /** Imports key each decision (supplier, kind, document number): a second import records nothing. */
  sourceKey?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Administrative penalties and blacklist records entered by hand, with the deciding document. */
@Injectable()
export class IntegrityPenalties {
  constructor(
    private readonly db: TenantDb,
    private readonly recorder: IntegrityRecorder,
    private readonly standings: IntegrityStandings,
  ) {}

  record(ctx: TenantContext, input: PenaltyInput): Promise<{ eventId: string; supplierId: string }> {
    const problems = new ProblemList();
    if (!MANUAL_INTEGRITY_KINDS.includes(input.kind)) problems.add('kind', 'INTEGRITY_PENALTY_KIND');
    const documentNo = input.documentNo.trim();
    if ([...documentNo].length < 2 || [...documentNo].length > 64) problems.add('documentNo', 'INTEGRITY_DOCUMENT_NO');
    const authority = input.authority.trim();
    if ([...authority].length < 2 || [...authority].length > 128) problems.add('authority', 'INTEGRITY_AUTHORITY');
    if (!DATE.test(input.decidedOn) || Number.isNaN(Date.parse(`${input.decidedOn}T00:00:00Z`)) || new Date(`${input.decidedOn}T00:00:00Z`).toISOString().slice(0, 10) !== input.decidedOn) problems.add('decidedOn', 'INTEGRITY_DATE_INVALID');
    if (input.points !== undefined && input.points !== null && (!Number.isInteger(input.points) || input.points < 1 || input.points > 100)) problems.add('points', 'INTEGRITY_POINTS_RANGE');
    const note = input.note?.trim() ? checkText(problems, 'note', input.note, 1, 500) : null;
    problems.throwIfAny();
    if (!isUuid(input.supplierId)) throw new AppError('SUPPLIER_NOT_FOUND', { field: 'supplierId' });
    return this.db.transaction(ctx, async (em, tx) => {
      const supplier = await em.findOne(Organisation, { id: input.supplierId, kind: OrganisationKind.Supplier });
      if (!supplier) throw new AppError('SUPPLIER_NOT_FOUND', { field: 'supplierId' });
      const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
      if (input.decidedOn > localDateOf(new Date(), tenant.timeZone)) throw new AppError('INTEGRITY_DATE_FUTURE', { field: 'decidedOn' });
      const eventId = await this.recorder.record(em, tx, ctx, {
        supplierId: supplier.id, sourceKey: input.sourceKey ?? `manual:${newId()}`, kind: input.kind, occurredAt: startOfLocalDate(input.decidedOn, tenant.timeZone),
        magnitude: input.points ?? undefined, enteredBy: ctx.userId ?? null,
        evidence: { documentNo, authority, decidedOn: input.decidedOn, ...(note ? { note } : {}) },
      }, { recompute: 'caller' });
      if (!eventId) throw new AppError('INTEGRITY_PENALTY_DUPLICATE', { field: 'documentNo' });
      await this.standings.recompute(em, tx, ctx, new Date(), supplier.id);
      return { eventId: eventId!, supplierId: supplier.id };
    });
  }
}
