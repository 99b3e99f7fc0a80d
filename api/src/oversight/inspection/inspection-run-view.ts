import type { InspectionRun, InspectionRunState, InspectionTrigger } from '@zhengcai/schema';

export interface InspectionRunView {
  readonly id: string;
  readonly trigger: InspectionTrigger;
  readonly state: InspectionRunState;
  readonly asOf: Date;
  readonly listingId: string | null;
  readonly total: number;
  readonly done: number;
  readonly findings: number;
  readonly corrected: number;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
}

export function toRunView(r: InspectionRun): InspectionRunView {
  return {
    id: r.id, trigger: r.trigger, state: r.state, asOf: r.asOf, listingId: r.listingId ?? null, total: r.total, done: r.done,
    findings: r.findings, corrected: r.corrected, startedAt: r.createdAt, finishedAt: r.finishedAt ?? null,
  };
}
