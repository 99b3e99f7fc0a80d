import { newId } from '@zhengcai/schema';
import type { PeopleFixture } from './identity.js';
import { asOwner } from './tenants.js';
import { insertTenderProject, type InsertedProject, type ProjectSpec } from './tender.js';

/** Dates of a public tender that pass the legal minimums (documents from a Monday, 20+ days). */
export const LAWFUL_DATES = { documentsFrom: '2027-03-01T01:00:00.000Z', documentsUntil: '2027-03-12T09:00:00.000Z', bidDeadline: '2027-03-22T01:00:00.000Z' };

/**
 * A project of the fixture's unit, run by its agency too (both may act on it), in a state; a
 * draft gets lawful dates so that it can be published. Its budget line holds twice its budget.
 */
export async function insertAgencyProject(people: PeopleFixture, spec: ProjectSpec = {}): Promise<InsertedProject> {
  const p = await insertTenderProject(people, { bidDeadline: new Date(Date.now() + 30 * 86_400_000), ...spec });
  await asOwner(people.tenant.id, (c) => c.query(
    `update tender_project set agency_id = $2,
       documents_from = coalesce(documents_from, $3), documents_until = coalesce(documents_until, $4), bid_deadline = coalesce(bid_deadline, $5) where id = $1`,
    [p.projectId, people.organisations.agency.id, LAWFUL_DATES.documentsFrom, LAWFUL_DATES.documentsUntil, LAWFUL_DATES.bidDeadline],
  ));
  return p;
}

/** A supplier's registration (报名) for a project. */
export async function insertRegistration(tenantId: string, projectId: string, supplierId: string, userId: string): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(`insert into tender_registration (id, tenant_id, project_id, supplier_id, registered_by) values ($1, $2, $3, $4, $5)`, [id, tenantId, projectId, supplierId, userId]));
  return id;
}

/** A tender document of a project (a short PDF-like file). */
export async function insertTenderDocument(tenantId: string, projectId: string, uploadedBy: string): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(
    `insert into tender_document (id, tenant_id, project_id, file_name, mime_type, size_bytes, sm3, content, uploaded_by) values ($1, $2, $3, '招标文件.pdf', 'application/pdf', 4, repeat('a', 64), '\\x25504446', $4)`,
    [id, tenantId, projectId, uploadedBy],
  ));
  return id;
}

/** A project's state and its lots' states, its clarifications, documents and registrations, read as the owner. */
export async function projectFootprint(tenantId: string, projectId: string) {
  return asOwner(tenantId, async (c) => (await c.query(
    `select p.state, p.bid_deadline, p.title, (select array_agg(state::text order by lot_no) from tender_lot where project_id = p.id) lots,
       (select count(*)::int from tender_clarification where project_id = p.id) clarifications, (select count(*)::int from tender_document where project_id = p.id) documents,
       (select count(*)::int from tender_registration where project_id = p.id) registrations, (select count(*)::int from tender_question where project_id = p.id) questions
     from tender_project p where p.id = $1`,
    [projectId],
  )).rows[0]);
}

/** Registers a supplier (报名) for the project of a lot, as the supplier would before bidding; a second call changes nothing. */
export async function registerForLot(tenantId: string, lotId: string, supplierId: string, userId: string): Promise<void> {
  await asOwner(tenantId, (c) => c.query(
    `insert into tender_registration (id, tenant_id, project_id, supplier_id, registered_by)
     select $1, $2, project_id, $4, $5 from tender_lot where id = $3 on conflict do nothing`,
    [newId(), tenantId, lotId, supplierId, userId],
  ));
}
