import { newId } from '@zhengcai/schema';
import type { PeopleFixture } from './identity.js';
import { insertOpenedBid, insertSupplier, insertTenderProject } from './tender.js';
import { asOwner } from './tenants.js';

export interface EvaluationSpec {
  /** The project is run by the fixture's agency (else the buyer organises). */
  agency?: boolean;
  /** Panel members' user ids; default the fixture's expert; none: no panel drawn yet. */
  members?: string[];
  /** Each member has scored every bid (技术 40, 商务 15). */
  scored?: boolean;
  /** Each member has submitted the sheet. */
  submitted?: boolean;
  lotState?: 'evaluating' | 'recommended';
  /** One unexplained deviation flag of the first member. */
  deviation?: boolean;
}

export interface InsertedEvaluation { projectId: string; lotId: string; bidIds: string[]; deviationId: string | null }

/**
 * A lot in evaluation with three opened bids and a panel, written straight into the
 * database (as a draw, scoring and submission would leave it), for tests of later steps.
 */
export async function insertEvaluation(people: PeopleFixture, spec: EvaluationSpec = {}): Promise<InsertedEvaluation> {
  const tenantId = people.tenant.id;
  const { projectId, lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ state: spec.lotState ?? 'evaluating' }] });
  const bidIds: string[] = [];
  for (const [i, price] of [100_000_000n, 105_000_000n, 110_000_000n].entries()) {
    const s = await insertSupplier(tenantId, `ev${i}`);
    bidIds.push(await insertOpenedBid(tenantId, lotId, s.organisationId, s.userId, price));
  }
  const members = spec.members ?? [people.users.expert.id];
  let deviationId: string | null = null;
  await asOwner(tenantId, async (c) => {
    if (spec.agency) await c.query('update tender_project set agency_id = $1 where id = $2', [people.organisations.agency.id, projectId]);
    if (members.length) await c.query(
      `insert into evaluation_panel_draw (id, tenant_id, lot_id, seed, size, category_code, candidate_ids, drawn_ids, excluded, drawn_by) values ($1, $2, $3, $4, $5, 'A02010104', $6, $6, '[]', $7)`,
      [newId(), tenantId, lotId, 'ab'.repeat(32), members.length, JSON.stringify(members), people.users.purchaser.id],
    );
    for (const [i, expertId] of members.entries()) {
      await c.query(`insert into evaluation_panel_member (id, tenant_id, lot_id, expert_id, seat, submitted_at) values ($1, $2, $3, $4, $5, $6)`,
        [newId(), tenantId, lotId, expertId, i + 1, spec.submitted ? new Date() : null]);
      if (!spec.scored && !spec.submitted) continue;
      for (const bidId of bidIds) {
        for (const [key, score] of [['technical', 4000], ['commercial', 1500]] as const) {
          await c.query(`insert into evaluation_score (id, tenant_id, lot_id, bid_id, expert_id, criterion_key, score_hundredths) values ($1, $2, $3, $4, $5, $6, $7)`,
            [newId(), tenantId, lotId, bidId, expertId, key, score]);
        }
      }
    }
    if (spec.lotState === 'recommended') {
      for (const [i, bidId] of bidIds.entries()) await c.query('update tender_bid set rank = $1 where id = $2', [i + 1, bidId]);
    }
    if (spec.deviation) {
      deviationId = newId();
      await c.query(
        `insert into score_deviation (id, tenant_id, lot_id, bid_id, expert_id, criterion_key, score_hundredths, mean_hundredths, max_hundredths, beyond_threshold, beyond_z)
         values ($1, $2, $3, $4, $5, 'technical', 2000, 3600, 5000, true, false)`,
        [deviationId, tenantId, lotId, bidIds[0], members[0]],
      );
    }
  });
  return { projectId, lotId, bidIds, deviationId };
}

export async function lotState(tenantId: string, lotId: string): Promise<string> {
  return asOwner(tenantId, async (c) => (await c.query<{ state: string }>('select state from tender_lot where id = $1', [lotId])).rows[0].state);
}

export async function evaluationCounts(tenantId: string, lotId: string): Promise<{ draws: number; scores: number; submitted: number; explained: number }> {
  return asOwner(tenantId, async (c) => (await c.query(
    `select (select count(*)::int from evaluation_panel_draw where lot_id = $1) as draws,
            (select count(*)::int from evaluation_score where lot_id = $1) as scores,
            (select count(*)::int from evaluation_panel_member where lot_id = $1 and submitted_at is not null) as submitted,
            (select count(*)::int from score_deviation where lot_id = $1 and reason is not null) as explained`, [lotId])).rows[0]);
}
