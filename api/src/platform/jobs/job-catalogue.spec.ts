import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newId } from '@zhengcai/schema';
import { CatalogueError, COMPLETED_JOB_RETENTION_SECONDS, defineJob, EVENT_JOBS, JOB_CATALOGUE, JobCatalogue, jobPayload, JOBS, NOTICE_EVENTS, NOTIFIED_EVENTS, NOTIFY_JOB, QUEUES } from './job-catalogue.js';

const noted = defineJob({
  queue: 'notifications',
  payload: jobPayload({ note: z.string().min(1) }),
  attempts: 4,
  backoff: { type: 'exponential', delay: 1000 },
  description: 'test job',
});

describe('job catalogue', () => {
  it('maps every domain event type to a catalogued job', () => {
    for (const [event, job] of Object.entries(EVENT_JOBS)) expect(Object.keys(JOBS), `event ${event}`).toContain(job);
    expect(() => new JobCatalogue(JOBS, { 'order.placed': 'no.such.job' })).toThrow(/order.placed maps to no.such.job/);
  });

  it('puts every job on a known queue, with bounded retries and backoff', () => {
    for (const [name, job] of Object.entries(JOBS)) {
      expect(QUEUES, name).toContain(job.queue);
      expect(job.attempts, name).toBeGreaterThanOrEqual(1);
      expect(job.attempts, name).toBeLessThanOrEqual(25);
      expect(job.backoff.delay, name).toBeGreaterThan(0);
    }
  });

  it('requires a tenant in every payload', () => {
    for (const name of Object.keys(JOBS)) {
      expect(() => JOB_CATALOGUE.parse(name, {}), name).toThrow(CatalogueError);
      expect(() => JOB_CATALOGUE.parse(name, { tenantId: 'not-a-uuid' }), name).toThrow(/tenantId/);
    }
    expect(JOB_CATALOGUE.parse('maintenance.housekeeping', { tenantId: newId() })).toHaveProperty('tenantId');
  });

  it('adds jobs with their retries, a completed-job retention window, and failed jobs kept', () => {
    const catalogue = JOB_CATALOGUE.extend({ 'test.noted': noted });
    const id = newId();
    expect(catalogue.options('test.noted', id)).toEqual({
      jobId: id,
      attempts: 4,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: COMPLETED_JOB_RETENTION_SECONDS },
      removeOnFail: false,
    });
    expect(() => catalogue.options('test.noted', 'a:b')).toThrow(/':'/);
    expect(() => catalogue.job('test.unknown')).toThrow(/not a catalogued job/);
  });

  it('turns an outbox event into its job: job id = event id, tenant from the row, never from the payload', () => {
    const catalogue = JOB_CATALOGUE.extend({ 'test.noted': noted }, { 'test.note-added': 'test.noted' });
    const event = { id: newId(), tenantId: newId(), type: 'test.note-added', payload: { note: 'hi', tenantId: newId() }, requestId: 'req-1' };
    const job = catalogue.prepareEvent(event);
    expect(job).toMatchObject({ queue: 'notifications', name: 'test.noted', data: { note: 'hi', tenantId: event.tenantId, requestId: 'req-1' } });
    expect(job.opts.jobId).toBe(event.id);
    expect(() => catalogue.prepareEvent({ ...event, type: 'test.unheard-of' })).toThrow(/maps to no catalogued job/);
    expect(() => catalogue.prepareEvent({ ...event, payload: { note: '' } })).toThrow(/payload of test.noted is invalid/);
  });

  it('fans a notified event out to its own job and the notification dispatch, with distinct job ids', () => {
    const tenantId = newId();
    const step = { id: newId(), tenantId, type: 'mall.order.step-completed', payload: { orderId: newId(), step: 'ship', onTime: true } };
    const jobs = JOB_CATALOGUE.prepareEventJobs(step);
    expect(jobs.map((j) => [j.name, j.opts.jobId])).toEqual([['integrity.record-order-step', step.id], [NOTIFY_JOB, `notify-${step.id}`]]);
    expect(jobs[1].data).toMatchObject({ tenantId, eventId: step.id, eventType: step.type, event: step.payload });
    // An event nobody notifies about stays one job.
    const listing = { id: newId(), tenantId, type: 'catalog.listing.changed', payload: { listingId: newId() } };
    expect(JOB_CATALOGUE.prepareEventJobs(listing).map((j) => j.name)).toEqual(['search.index-listing']);
  });

  it('turns a notice-only event into the dispatch alone and checks its payload', () => {
    const placed = { id: newId(), tenantId: newId(), type: 'mall.order.placed', payload: { orderId: newId() } };
    const jobs = JOB_CATALOGUE.prepareEventJobs(placed);
    expect(jobs.map((j) => [j.name, j.opts.jobId])).toEqual([[NOTIFY_JOB, `notify-${placed.id}`]]);
    expect(() => JOB_CATALOGUE.prepareEventJobs({ ...placed, payload: { orderId: 'x' } })).toThrow(/payload of mall.order.placed is invalid/);
    for (const type of [...Object.keys(NOTICE_EVENTS), ...NOTIFIED_EVENTS]) expect(Object.keys(EVENT_JOBS), type).toContain(type);
    expect(() => new JobCatalogue(JOBS, {}, {}, ['test.unmapped'])).toThrow(/not in the event map/);
  });
});
