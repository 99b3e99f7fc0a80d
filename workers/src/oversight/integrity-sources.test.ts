import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDeposit } from '../../../api/test/deposits.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertAwardedLot, insertChallenge, insertComplaint } from '../../../api/test/tender.js';
import { asOwner, createTenant } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { QueueWorkers } from '../runtime/queue-workers.js';

describe('integrity from tender conduct (groundless challenges, voided awards, refusals to sign), once per lot and supplier', () => {
  const config = testConfig(uniquePrefix('integsrc'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let people: PeopleFixture;

  beforeAll(async () => {
    [app, people] = await Promise.all([workerApp(config), createPeople(await createTenant())]);
    queues = app.get(JobQueues);
    await app.get(QueueWorkers).start();
  });
  afterAll(() => closeAndClean(app));

  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  async function run(name: string, data: Record<string, unknown>) {
    const jobId = await queues.enqueue(name as 'integrity.record-tender-conduct', { tenantId: people.tenant.id, ...data } as never);
    await waitFor(async () => ['completed', 'failed'].includes(await queues.queue('integrity').getJobState(jobId)), `${name} to finish`);
    const job = await queues.queue('integrity').getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return (job?.returnvalue as { result: unknown }).result;
  }
  const twice = async (name: string, data: Record<string, unknown>) => [await run(name, data), await run(name, data)];
  const conduct = (fact: string, subjectId: string) => twice('integrity.record-tender-conduct', { fact, subjectId });
  const eventsOf = (supplierId: string, kind: string) =>
    q<{ source_key: string; points: number; state: string; evidence: Record<string, unknown> }>(`select source_key, points, state, evidence from integrity_event where supplier_id = $1 and kind = $2`, [supplierId, kind]);

  it('records a groundless challenge against the challenger once; an upheld one records nothing', async () => {
    const lot = await insertAwardedLot(people);
    const [, second, third] = lot.bids;
    const groundless = await insertChallenge(people.tenant.id, lot.lotId, second.organisationId, second.userId, 'answered', 'groundless');
    const upheld = await insertChallenge(people.tenant.id, lot.lotId, third.organisationId, third.userId, 'answered', 'upheld');
    expect(await conduct('challenge_groundless', groundless)).toEqual([{ recorded: true }, { recorded: false }]);
    expect(await conduct('challenge_groundless', upheld)).toEqual([{ recorded: false }, { recorded: false }]);
    expect(await eventsOf(second.organisationId, 'challenge_groundless')).toEqual([
      { source_key: `lot:${lot.lotId}:${second.organisationId}:challenge_groundless`, points: -2, state: 'effective', evidence: expect.objectContaining({ lotId: lot.lotId, challengeId: groundless }) },
    ]);
    expect(await eventsOf(third.organisationId, 'challenge_groundless')).toEqual([]);
  });

  it('records an upheld complaint that voided the award against the winner once; a dismissed one records nothing', async () => {
    const lot = await insertAwardedLot(people);
    const complaint = await insertComplaint(people.tenant.id, await insertChallenge(people.tenant.id, lot.lotId, lot.bids[1].organisationId, lot.bids[1].userId, 'answered', 'upheld'));
    expect(await conduct('complaint_upheld', complaint)).toEqual([{ recorded: false }, { recorded: false }]);
    await q(`update tender_complaint set state = 'upheld', remedy = 'fail_lot', decision_reason = '中标人提供虚假资质材料。', decided_at = now() where id = $1`, [complaint]);
    expect(await conduct('complaint_upheld', complaint)).toEqual([{ recorded: true }, { recorded: false }]);
    const winner = lot.bids[0].organisationId;
    expect(await eventsOf(winner, 'complaint_upheld')).toEqual([
      { source_key: `lot:${lot.lotId}:${winner}:complaint_upheld`, points: -10, state: 'effective', evidence: expect.objectContaining({ complaintId: complaint, note: '中标人提供虚假资质材料。' }) },
    ]);
    expect(await eventsOf(lot.bids[1].organisationId, 'complaint_upheld')).toEqual([]);
  });

  it('records one refusal to sign per lot and winner, from the missed signing deadline or the forfeited deposit; an upheld deposit challenge removes the latter', async () => {
    const winner = people.organisations.supplier.id;
    // Missed deadline: only once the buyer has signed.
    const lot = await insertAwardedLot(people);
    expect(await conduct('refused_to_sign', lot.contractId)).toEqual([{ recorded: false }, { recorded: false }]);
    await q(`update tender_contract set buyer_signature = $2, buyer_signed_at = now() where id = $1`, [lot.contractId, '11'.repeat(64)]);
    expect(await conduct('refused_to_sign', lot.contractId)).toEqual([{ recorded: true }, { recorded: false }]);
    // The buyer then forfeits the winner's deposit for it: the same fact, not a second refusal.
    const deposit = await insertDeposit(people.tenant.id, lot.lotId, winner, { state: 'forfeited' });
    await q(`update deposit set forfeit_reason = '中标人拒签合同' where id = $1`, [deposit]);
    expect(await run('integrity.record-deposit-forfeiture', { depositId: deposit })).toEqual({ recorded: true, removed: false, refusedToSign: { recorded: false, removed: false } });

    // Forfeiture alone: a refusal too, taken back when finance upholds the winner's challenge.
    const other = await insertAwardedLot(people);
    const forfeited = await insertDeposit(people.tenant.id, other.lotId, winner, { state: 'forfeited' });
    await q(`update deposit set forfeit_reason = '中标人拒签合同' where id = $1`, [forfeited]);
    expect(await twice('integrity.record-deposit-forfeiture', { depositId: forfeited })).toEqual([
      { recorded: true, removed: false, refusedToSign: { recorded: true, removed: false } }, { recorded: false, removed: false, refusedToSign: { recorded: false, removed: false } },
    ]);
    // A loser's forfeited deposit is not a refusal to sign.
    const loser = await insertDeposit(people.tenant.id, other.lotId, other.bids[1].organisationId, { state: 'forfeited' });
    await q(`update deposit set forfeit_reason = '投标截止后撤回投标' where id = $1`, [loser]);
    expect(await run('integrity.record-deposit-forfeiture', { depositId: loser })).toEqual({ recorded: true, removed: false, refusedToSign: { recorded: false, removed: false } });

    expect((await eventsOf(winner, 'refused_to_sign')).map((e) => [e.source_key, e.points, e.state])).toEqual(expect.arrayContaining([
      [`lot:${lot.lotId}:${winner}:refused_to_sign`, -20, 'effective'], [`lot:${other.lotId}:${winner}:refused_to_sign`, -20, 'effective'],
    ]));
    expect(await eventsOf(winner, 'refused_to_sign')).toHaveLength(2);
    await q(`update deposit set state = 'held', forfeit_reason = null where id = $1`, [forfeited]);
    expect(await run('integrity.record-deposit-forfeiture', { depositId: forfeited })).toEqual({ recorded: false, removed: true, refusedToSign: { recorded: false, removed: true } });
    expect(await q(`select state from integrity_event where source_key = $1`, [`lot:${other.lotId}:${winner}:refused_to_sign`])).toEqual([{ state: 'removed' }]);
  });

  it('records a declined award against the winner once; an award not declined records nothing', async () => {
    const lot = await insertAwardedLot(people);
    const winner = lot.bids[0].organisationId;
    expect(await conduct('withdrawn_after_winning', lot.awardId)).toEqual([{ recorded: false }, { recorded: false }]);
    await q(`update tender_award set declined_at = now(), decline_reason = '产能不足，无法履约。' where id = $1`, [lot.awardId]);
    expect(await conduct('withdrawn_after_winning', lot.awardId)).toEqual([{ recorded: true }, { recorded: false }]);
    expect(await eventsOf(winner, 'withdrawn_after_winning')).toEqual([
      { source_key: `lot:${lot.lotId}:${winner}:withdrawn_after_winning`, points: expect.any(Number), state: 'effective', evidence: expect.objectContaining({ lotId: lot.lotId, note: '产能不足，无法履约。' }) },
    ]);
    expect((await eventsOf(winner, 'withdrawn_after_winning'))[0].points).toBeLessThan(0);
  });
});
