import { createHash, randomInt } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { newId } from '@zhengcai/schema';
import { type PeopleFixture, randomUscc, testPasswordHash } from './identity.js';
import { insertBudgetLine } from './mall.js';
import { canonicalContractText } from '../src/tender/award/contract-text.js';
import { insertSigningKey } from './sealed-bids.js';
import { asOwner } from './tenants.js';

export interface LotSpec {
  budgetFen?: bigint;
  depositFen?: bigint;
  minBidders?: number;
  state?: string;
}

export interface ProjectSpec {
  state?: 'draft' | 'published' | 'completed' | 'cancelled';
  method?: string;
  kind?: 'goods' | 'services' | 'works';
  evaluationMethod?: 'comprehensive_scoring' | 'lowest_price';
  /** Defaults to 价格 30 + 技术 50 + 商务 20 for comprehensive scoring. */
  criteria?: { key: string; name: string; weight: number; kind: 'price' | 'technical' | 'commercial' }[];
  smeDeductionBp?: number;
  bidDeadline?: Date;
  categoryCode?: string;
  lots?: LotSpec[];
}

export interface InsertedProject { projectId: string; lotIds: string[]; budgetLineId: string }

export const DEFAULT_CRITERIA = [
  { key: 'price', name: '价格', weight: 30, kind: 'price' as const },
  { key: 'technical', name: '技术', weight: 50, kind: 'technical' as const },
  { key: 'commercial', name: '商务', weight: 20, kind: 'commercial' as const },
];

/**
 * A tender project of the fixture's purchasing unit written straight into the database as the
 * owner, in any state, with its lots (default: one published lot of ¥5,000,000 without a
 * deposit, in bidding, deadline in 20 days). For tests of a later step that need an earlier
 * one done; the budget line it names is loaded but nothing is frozen.
 */
export async function insertTenderProject(people: PeopleFixture, spec: ProjectSpec = {}): Promise<InsertedProject> {
  const tenantId = people.tenant.id;
  const lots = spec.lots ?? [{}];
  const budgetFen = lots.reduce((sum, l) => sum + (l.budgetFen ?? 500_000_000n), 0n);
  const budgetLineId = await insertBudgetLine(tenantId, people.organisations.purchasing_unit.id, budgetFen * 2n);
  const projectId = newId();
  const state = spec.state ?? 'published';
  const evaluationMethod = spec.evaluationMethod ?? 'comprehensive_scoring';
  const criteria = spec.criteria ?? (evaluationMethod === 'comprehensive_scoring' ? DEFAULT_CRITERIA : []);
  const deadline = spec.bidDeadline ?? new Date(Date.now() + 20 * 86_400_000);
  const published = state !== 'draft';
  const lotIds: string[] = [];
  await asOwner(tenantId, async (c) => {
    await c.query(
      `insert into tender_project (id, tenant_id, project_no, title, description, method, kind, category_code, buyer_id, created_by, budget_line_id,
         budget_fen, evaluation_method, criteria, sme_deduction_bp, qualification, state, documents_from, documents_until, bid_deadline, published_at)
       values ($1, $2, $3, '办公计算机采购项目', '采购台式计算机一批', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, '具有独立承担民事责任的能力', $14, $15, $16, $17, $15)`,
      [
        projectId, tenantId, `ZC-T${randomInt(1_000_000_000)}`, spec.method ?? 'public_tender', spec.kind ?? 'goods', spec.categoryCode ?? 'A02010104',
        people.organisations.purchasing_unit.id, people.users.purchaser.id, budgetLineId, budgetFen.toString(), evaluationMethod,
        JSON.stringify(criteria), spec.smeDeductionBp ?? 1000, state,
        published ? new Date(deadline.getTime() - 20 * 86_400_000) : null, published ? new Date(deadline.getTime() - 13 * 86_400_000) : null,
        published ? deadline : null,
      ],
    );
    for (const [i, lot] of lots.entries()) {
      const id = newId();
      lotIds.push(id);
      await c.query(
        `insert into tender_lot (id, tenant_id, project_id, lot_no, title, scope, budget_fen, deposit_fen, min_bidders, state)
         values ($1, $2, $3, $4, $5, '台式计算机 100 台', $6, $7, $8, $9)`,
        [id, tenantId, projectId, i + 1, `第${i + 1}包`, (lot.budgetFen ?? 500_000_000n).toString(), (lot.depositFen ?? 0n).toString(), lot.minBidders ?? 3,
          lot.state ?? (published ? 'bidding' : 'draft')],
      );
    }
  });
  return { projectId, lotIds, budgetLineId };
}

/**
 * An opened bid (as the opening leaves it: decrypted, verified, price known) written straight
 * into the database, for tests of evaluation, award and deposits. The sealed columns hold
 * placeholders (nothing after opening reads them); the receipt has the stored shape, since the
 * bidder's own reads (myBids) show it.
 */
export async function insertOpenedBid(tenantId: string, lotId: string, supplierId: string, submittedBy: string, priceFen: bigint, priceForm: Record<string, unknown> = {}): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(
    `insert into tender_bid (id, tenant_id, lot_id, supplier_id, submitted_by, version, state, submitted_at, ciphertext, wrapped_key, digest, signature,
       bidder_public_key, receipt, opened_at, price_fen, price_form)
     values ($1, $2, $3, $4, $5, 1, 'opened', now() - interval '1 day', 'x', 'x', repeat('0', 64), 'x', 'x',
       json_build_object('receipt', json_build_object('bidId', $1::uuid, 'lotId', $3::uuid, 'version', 1, 'digest', repeat('0', 64),
         'serverTime', now() - interval '1 day', 'platformKeyFingerprint', repeat('0', 64)), 'signature', repeat('0', 128))::text, now(), $6, $7)`,
    [id, tenantId, lotId, supplierId, submittedBy, priceFen.toString(), JSON.stringify({ price: priceFen.toString(), ...priceForm })],
  ));
  return id;
}

/** Another supplier organisation of the tenant with one supplier user who can log in with TEST_PASSWORD (a lot needs three bidders). */
export async function insertSupplier(tenantId: string, slug: string): Promise<{ organisationId: string; userId: string; loginName: string }> {
  const organisationId = newId();
  const userId = newId();
  const n = randomInt(1_000_000);
  // From the id, not n: a suite that adds hundreds of bidders to one tenant would hit a repeated n.
  const loginName = `supplier${userId.replaceAll('-', '').slice(0, 12)}-${slug}`;
  const hash = await testPasswordHash();
  await asOwner(tenantId, async (c) => {
    await c.query(`insert into organisation (id, tenant_id, kind, name, uscc) values ($1, $2, 'supplier', $3, $4)`, [organisationId, tenantId, `投标供应商${n}`, randomUscc()]);
    await c.query(
      `insert into user_account (id, tenant_id, organisation_id, login_name, display_name, password_hash, roles) values ($1, $2, $3, $4, $5, $6, '{supplier}'::user_role[])`,
      [userId, tenantId, organisationId, loginName, `投标人${n}`, hash],
    );
  });
  return { organisationId, userId, loginName };
}

/** A further evaluation expert in the tenant's pool (a panel needs five or more). */
export async function insertExpert(tenantId: string, slug: string, financeOrganisationId: string, categoryCodes = ['A02010104'], employerUscc: string | null = null): Promise<{ userId: string; loginName: string }> {
  const userId = newId();
  const n = randomInt(1_000_000);
  const loginName = `expert${n}-${slug}`;
  const hash = await testPasswordHash();
  await asOwner(tenantId, async (c) => {
    await c.query(
      `insert into user_account (id, tenant_id, organisation_id, login_name, display_name, password_hash, roles) values ($1, $2, $3, $4, $5, $6, '{expert}'::user_role[])`,
      [userId, tenantId, financeOrganisationId, loginName, `专家${n}`, hash],
    );
    await c.query(
      `insert into expert_profile (id, tenant_id, user_id, title, employer_name, employer_uscc, category_codes) values ($1, $2, $3, '高级工程师', $4, $5, $6)`,
      [newId(), tenantId, userId, `某研究院${n}`, employerUscc, categoryCodes],
    );
  });
  return { userId, loginName };
}

export interface RecommendedLot extends InsertedProject {
  lotId: string;
  /** Opened bids by rank: [0] is ranked first (the fixture's own supplier), [1] second, [2] third. */
  bids: { bidId: string; organisationId: string; userId: string; loginName: string; priceFen: bigint }[];
}

/**
 * A project with one lot as evaluation leaves it (`recommended`): three opened bids with
 * scores and ranks. The fixture's supplier is ranked first with an SME-deducted evaluated
 * price below its bid price; two further suppliers (who can log in) rank second and third.
 */
export async function insertRecommendedLot(people: PeopleFixture, spec: ProjectSpec = {}): Promise<RecommendedLot> {
  const project = await insertTenderProject(people, { ...spec, lots: [{ state: 'recommended' }] });
  const lotId = project.lotIds[0];
  const tenantId = people.tenant.id;
  const second = await insertSupplier(tenantId, people.tenant.slug);
  const third = await insertSupplier(tenantId, people.tenant.slug);
  const bidders = [
    { organisationId: people.organisations.supplier.id, userId: people.users.supplier.id, loginName: people.users.supplier.loginName, priceFen: 490_000_000n, score: 9150 },
    { ...second, priceFen: 470_000_000n, score: 8875 },
    { ...third, priceFen: 495_000_000n, score: 8010 },
  ];
  const bids: RecommendedLot['bids'] = [];
  for (const [i, b] of bidders.entries()) {
    const bidId = await insertOpenedBid(tenantId, lotId, b.organisationId, b.userId, b.priceFen);
    const evaluated = i === 0 ? (b.priceFen * 9n) / 10n : b.priceFen;
    await asOwner(tenantId, (c) => c.query(`update tender_bid set rank = $2, score_hundredths = $3, evaluated_price_fen = $4 where id = $1`, [bidId, i + 1, b.score, evaluated.toString()]));
    bids.push({ bidId, organisationId: b.organisationId, userId: b.userId, loginName: b.loginName, priceFen: b.priceFen });
  }
  return { ...project, lotId, bids };
}

/** The SM2 signature (r‖s hex, user ID 1234567812345678) of a digest's bytes, as a client makes it. */
export function signDigest(digestHex: string, privateKey: string): string {
  return sm2.doSignature(Buffer.from(digestHex, 'hex'), privateKey, { hash: true, userId: '1234567812345678' });
}

export interface AwardedLot extends RecommendedLot { awardId: string; contractId: string }

/**
 * A lot as the award confirmation leaves it, written as the owner: awarded to the first-ranked
 * bid (the fixture's supplier), its notice published now, its contract drafted. With
 * `published`, the contract is also signed (placeholder signatures) and published.
 */
export async function insertAwardedLot(people: PeopleFixture, options: { agency?: boolean; published?: boolean } = {}): Promise<AwardedLot> {
  const lot = await insertRecommendedLot(people);
  const tenantId = people.tenant.id;
  const awardId = newId();
  const contractId = newId();
  const winner = lot.bids[0];
  await asOwner(tenantId, async (c) => {
    if (options.agency) await c.query('update tender_project set agency_id = $2 where id = $1', [lot.projectId, people.organisations.agency.id]);
    await c.query(`update tender_lot set state = $2, winner_bid_id = $3, awarded_at = now(), contracted_at = $4 where id = $1`,
      [lot.lotId, options.published ? 'contracted' : 'awarded', winner.bidId, options.published ? new Date() : null]);
    await c.query(
      `insert into tender_award (id, tenant_id, lot_id, project_id, bid_id, supplier_id, price_fen, score_hundredths, rank, confirmed_by, published_at, notice_until, challenge_until, contract_due_at, ranking)
       values ($1, $2, $3, $4, $5, $6, $7, 9150, 1, $8, now(), now() + interval '1 day', now() + interval '10 days', now() + interval '30 days', '[]')`,
      [awardId, tenantId, lot.lotId, lot.projectId, winner.bidId, winner.organisationId, winner.priceFen.toString(), people.users.purchaser.id],
    );
    await c.query(
      `insert into tender_contract (id, tenant_id, lot_id, award_id, buyer_id, supplier_id, contract_no, amount_fen, payment_terms, delivery_terms, state, signed_at, published_at, buyer_signature, supplier_signature)
       values ($1, $2, $3, $4, $5, $6, $7, $8, '验收合格后付款', '签约后 30 日内交货', $9, $10, $10, $11, $11)`,
      [contractId, tenantId, lot.lotId, awardId, people.organisations.purchasing_unit.id, winner.organisationId, `HT-${randomInt(1_000_000_000)}`, winner.priceFen.toString(),
        options.published ? 'signed' : 'draft', options.published ? new Date() : null, options.published ? '00'.repeat(64) : null],
    );
  });
  return { ...lot, awardId, contractId };
}

/** A challenge of the lot by a supplier, pending (answer due in a week) or answered. */
export async function insertChallenge(
  tenantId: string, lotId: string, supplierId: string, filedBy: string, state: 'pending' | 'answered' = 'pending', outcome: 'upheld' | 'partly_upheld' | 'groundless' = 'groundless',
): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(
    `insert into tender_challenge (id, tenant_id, lot_id, supplier_id, filed_by, subject, content, state, answer_due_at, answer, answered_at, outcome)
     values ($1, $2, $3, $4, $5, 'result', '评分有误，请复核。', $6, now() + interval '7 days', $7, $8, $9::tender_challenge_outcome)`,
    [id, tenantId, lotId, supplierId, filedBy, state, state === 'answered' ? '经复核，评分无误。' : null, state === 'answered' ? new Date() : null, state === 'answered' ? outcome : null],
  ));
  return id;
}

/** A pending complaint about a challenge. */
export async function insertComplaint(tenantId: string, challengeId: string): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(
    `insert into tender_complaint (id, tenant_id, challenge_id, lot_id, supplier_id, filed_by, content, decision_due_at)
     select $1, tenant_id, id, lot_id, supplier_id, filed_by, '对答复不满意。', now() + interval '30 days' from tender_challenge where id = $2`,
    [id, challengeId],
  ));
  return id;
}

/** The digest the server asks the parties to sign, computed from the stored rows. */
export async function contractDigestOf(tenantId: string, contractId: string): Promise<string> {
  const row = await asOwner(tenantId, async (c) => (await c.query(
    `select k.contract_no, p.project_no, p.title as project_title, l.lot_no, l.title as lot_title, l.scope, b.name as buyer_name, b.uscc as buyer_uscc,
       s.name as supplier_name, s.uscc as supplier_uscc, k.amount_fen, k.payment_terms, k.delivery_terms
     from tender_contract k join tender_lot l on l.id = k.lot_id join tender_project p on p.id = l.project_id
       join organisation b on b.id = k.buyer_id join organisation s on s.id = k.supplier_id where k.id = $1`, [contractId])).rows[0]);
  const text = canonicalContractText({
    contractNo: row.contract_no, projectNo: row.project_no, projectTitle: row.project_title, lotNo: row.lot_no, lotTitle: row.lot_title, lotScope: row.scope,
    buyer: { name: row.buyer_name, uscc: row.buyer_uscc }, supplier: { name: row.supplier_name, uscc: row.supplier_uscc },
    amountFen: BigInt(row.amount_fen), paymentTerms: row.payment_terms, deliveryTerms: row.delivery_terms,
  });
  return createHash('sm3').update(text, 'utf8').digest('hex');
}

/** A fresh active signing key of the user (any earlier one revoked), and a signature of the contract's digest with it. */
export async function signContractAs(tenantId: string, organisationId: string, userId: string, contractId: string): Promise<string> {
  await asOwner(tenantId, (c) => c.query('update signing_key set revoked_at = now() where user_id = $1 and revoked_at is null', [userId]));
  const key = await insertSigningKey(tenantId, organisationId, userId);
  return signDigest(await contractDigestOf(tenantId, contractId), key.privateKey);
}
