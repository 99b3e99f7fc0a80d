import { randomInt } from 'node:crypto';
import { newId, Role } from '@zhengcai/schema';
import { type PeopleFixture, randomUscc, testPasswordHash } from './identity.js';
import { ADDRESS, insertBudgetLine } from './mall.js';
import { asOwner } from './tenants.js';

/** The category inquiries ask in: the one `insertListing` lists the fixture's supplier in (desks). */
export const INQUIRY_CATEGORY = 'A060201';

export interface ExtraSupplier { id: string; name: string; userId: string; loginName: string }

/**
 * More suppliers of the tenant, each with a login and an approved listing in INQUIRY_CATEGORY,
 * so that they are invited to quote. Categories must be seeded.
 */
export async function insertSuppliers(people: PeopleFixture, n: number, withListing = true): Promise<ExtraSupplier[]> {
  const hash = await testPasswordHash();
  const out: ExtraSupplier[] = [];
  await asOwner(people.tenant.id, async (c) => {
    for (let i = 0; i < n; i++) {
      const s = { id: newId(), name: `询价供应商${randomInt(1_000_000)}`, userId: newId(), loginName: `quoter${randomInt(1_000_000_000)}-${people.tenant.slug}` };
      await c.query(`insert into organisation (id, tenant_id, kind, name, uscc) values ($1, $2, 'supplier', $3, $4)`, [s.id, people.tenant.id, s.name, randomUscc()]);
      await c.query(
        `insert into user_account (id, tenant_id, organisation_id, login_name, display_name, password_hash, roles) values ($1, $2, $3, $4, $5, $6, $7::user_role[])`,
        [s.userId, people.tenant.id, s.id, s.loginName, `报价人${i}`, hash, [Role.Supplier]],
      );
      if (withListing) {
        await c.query(
          `insert into listing (id, tenant_id, supplier_id, category_id, title, description, price_fen, stock, delivery_region_codes, image_urls, warranty_months, policy_tags, state, submitted_at, approved_at)
           select $1, $2, $3, id, '询价办公桌', '测试', 128000, 10, '{330100}', '{}', 12, '[]', 'approved', now(), now() from category where code = $4`,
          [newId(), people.tenant.id, s.id, INQUIRY_CATEGORY],
        );
      }
      out.push(s);
    }
  });
  return out;
}

/** A lawful quote deadline: two weeks away covers three working days in any season but the longest holidays. */
export const quoteDeadlineIn = (days = 14) => new Date(Date.now() + days * 86_400_000).toISOString();

export function inquiryInput(budgetLineId: string, overrides: Record<string, unknown> = {}) {
  return {
    title: '办公桌采购询价', categoryCode: INQUIRY_CATEGORY, specification: '1.4 米钢木办公桌，含三抽活动柜，E1 级板材', quantity: 20, unit: '张',
    deliveryAddress: ADDRESS, deliveryDays: 15, budget: '60000.00', budgetLineId, quoteDeadline: quoteDeadlineIn(), idempotencyKey: newId(), ...overrides,
  };
}

export interface InsertedInquiry { inquiryId: string; budgetLineId: string; quoteIds: string[] }

/**
 * An inquiry of the fixture's unit written straight into a state as the owner, budget frozen
 * and ledger consistent: ¥60,000 for 20 desks, with a quote per supplier given (ranked in the
 * order given when closed). For the role matrix, cross-tenant cases and worker tests.
 */
export async function insertInquiry(
  people: PeopleFixture,
  state: 'published' | 'closed' | 'failed',
  options: { quotes?: { supplierId: string; unitPriceFen: bigint }[]; deadline?: Date } = {},
): Promise<InsertedInquiry> {
  const tenantId = people.tenant.id;
  const budgetLineId = await insertBudgetLine(tenantId, people.organisations.purchasing_unit.id, 100_000_00n);
  const inquiryId = newId();
  const frozen = state === 'failed' ? 0n : 60_000_00n;
  const deadline = options.deadline ?? (state === 'published' ? new Date(Date.now() + 14 * 86_400_000) : new Date(Date.now() - 60_000));
  const quoteIds: string[] = [];
  await asOwner(tenantId, async (c) => {
    await c.query(`update budget_line set frozen_fen = $2 where id = $1`, [budgetLineId, frozen.toString()]);
    await c.query(`insert into budget_movement (id, tenant_id, line_id, kind, amount_delta_fen, used_delta_fen, frozen_delta_fen, order_id) values ($1, $2, $3, 'freeze', 0, 0, 6000000, $4)`, [newId(), tenantId, budgetLineId, inquiryId]);
    if (state === 'failed') {
      await c.query(`insert into budget_movement (id, tenant_id, line_id, kind, amount_delta_fen, used_delta_fen, frozen_delta_fen, order_id) values ($1, $2, $3, 'release', 0, 0, -6000000, $4)`, [newId(), tenantId, budgetLineId, inquiryId]);
    }
    await c.query(
      `insert into sourcing_inquiry (id, tenant_id, buyer_id, buyer_user_id, budget_line_id, title, category_code, specification, quantity, unit, delivery_address, delivery_days, budget_fen,
         quote_deadline, min_quotes, tie_rule, state, failure, valid_quotes, closed_at)
       values ($1, $2, $3, $4, $5, '测试询价办公桌', $6, '1.4 米钢木办公桌', 20, '张', $7, 15, 6000000, $8, 3, 'earliest_submission', $9::sourcing_inquiry_state,
         $10::sourcing_inquiry_failure, $11, $12)`,
      [inquiryId, tenantId, people.organisations.purchasing_unit.id, people.users.purchaser.id, budgetLineId, INQUIRY_CATEGORY, JSON.stringify(ADDRESS), deadline, state,
        state === 'failed' ? 'too_few_quotes' : null, state === 'published' ? null : (options.quotes ?? []).length, state === 'published' ? null : deadline],
    );
    let rank = 0;
    for (const [i, q] of (options.quotes ?? []).entries()) {
      const id = newId();
      quoteIds.push(id);
      await c.query(
        `insert into sourcing_quote (id, tenant_id, inquiry_id, supplier_id, supplier_user_id, unit_price_fen, total_fen, offer, revision, submitted_at, rank)
         values ($1, $2, $3, $4, $5, $6, $7, '某品牌 BZ-140 办公桌', 1, now() - interval '1 hour' + $8 * interval '1 second', $9)`,
        [id, tenantId, inquiryId, q.supplierId, people.users.supplier.id, q.unitPriceFen.toString(), (q.unitPriceFen * 20n).toString(), i, state === 'closed' ? ++rank : null],
      );
    }
  });
  return { inquiryId, budgetLineId, quoteIds };
}

export async function inquiryState(tenantId: string, id: string): Promise<string | undefined> {
  return asOwner(tenantId, async (c) => (await c.query<{ state: string }>('select state from sourcing_inquiry where id = $1', [id])).rows[0]?.state);
}

/** Moves an inquiry's deadline into the past, as if its quote period had run out. */
export async function expireInquiry(tenantId: string, id: string): Promise<void> {
  await asOwner(tenantId, (c) => c.query(`update sourcing_inquiry set quote_deadline = now() - interval '1 second' where id = $1`, [id]));
}

export const INQUIRY_FIELDS = `id state title budget budgetLineId quoteDeadline minQuotes tieRule validQuotes failure closedAt awardedQuoteId orderId relaunchOf cancelReason`;
export const QUOTE_FIELDS = `id supplierId supplierName unitPrice total offer revision submittedAt rank invalidReason passedOverReason recommended`;

/** Another purchasing unit of the tenant with a purchaser's login. */
export async function insertBuyer(people: PeopleFixture): Promise<{ id: string; loginName: string }> {
  const hash = await testPasswordHash();
  const b = { id: newId(), loginName: `buyer${randomInt(1_000_000_000)}-${people.tenant.slug}` };
  await asOwner(people.tenant.id, async (c) => {
    await c.query(`insert into organisation (id, tenant_id, kind, name, uscc) values ($1, $2, 'purchasing_unit', $3, $4)`, [b.id, people.tenant.id, `另一采购单位${randomInt(1_000_000)}`, randomUscc()]);
    await c.query(
      `insert into user_account (id, tenant_id, organisation_id, login_name, display_name, password_hash, roles) values ($1, $2, $3, $4, '另一采购人', $5, $6::user_role[])`,
      [newId(), people.tenant.id, b.id, b.loginName, hash, [Role.Purchaser]],
    );
  });
  return b;
}
