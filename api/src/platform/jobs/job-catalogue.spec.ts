import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newId } from '@zhengcai/schema';
import { CatalogueError, COMPLETED_JOB_RETENTION_SECONDS, defineJob, EVENT_JOBS, JOB_CATALOGUE, JobCatalogue, jobPayload, JOBS, QUEUES } from './job-catalogue.js';

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
});
