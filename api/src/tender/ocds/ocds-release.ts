import {
  type Fen, formatYuan, type Organisation, ProcurementKind, ProcurementMethod, EvaluationMethod, type TenderAward, type TenderBid, type TenderContract,
  TenderContractState, type TenderLot, TenderLotState, type TenderProject, TenderProjectState,
} from '@zhengcai/schema';

/**
 * OCDS 1.1 releases of one procurement project, built from the tables (docs/tender.md, OCDS).
 * One release per published step: the tender (announcement), each award notice, each signed
 * contract; each release is the state of the whole process at its date. Lots follow the OCDS
 * lots extension.
 */

/** The platform's OCDS prefix (ocds- + 6 characters); the ocid adds the tenant's code and the project id. */
export const OCID_PREFIX = 'ocds-zhengc';
export const OCDS_LOTS_EXTENSION = 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json';

export const ocidOf = (tenantCode: string, projectId: string) => `${OCID_PREFIX}-${tenantCode}-${projectId}`;

export interface ProjectRecordData {
  tenantCode: string;
  project: TenderProject;
  lots: TenderLot[];
  /** Bids that reached opening (their suppliers are the tenderers). */
  bids: TenderBid[];
  awards: TenderAward[];
  /** Published (signed) contracts only. */
  contracts: TenderContract[];
}

export type OcdsRelease = Record<string, unknown> & { id: string; date: string; tag: string[] };

const METHOD: Record<ProcurementMethod, 'open' | 'selective' | 'limited' | 'direct'> = {
  [ProcurementMethod.PublicTender]: 'open',
  [ProcurementMethod.InvitedTender]: 'selective',
  [ProcurementMethod.CompetitiveNegotiation]: 'limited',
  [ProcurementMethod.CompetitiveConsultation]: 'limited',
  [ProcurementMethod.Inquiry]: 'limited',
  [ProcurementMethod.SingleSource]: 'direct',
};
const METHOD_ZH: Record<ProcurementMethod, string> = {
  [ProcurementMethod.PublicTender]: '公开招标', [ProcurementMethod.InvitedTender]: '邀请招标', [ProcurementMethod.CompetitiveNegotiation]: '竞争性谈判',
  [ProcurementMethod.CompetitiveConsultation]: '竞争性磋商', [ProcurementMethod.Inquiry]: '询价', [ProcurementMethod.SingleSource]: '单一来源',
};

/** OCDS amounts are JSON numbers of yuan; written from the exact decimal string of the fen. */
const value = (fen: Fen) => ({ amount: Number(formatYuan(fen)), currency: 'CNY' });
const iso = (d: Date) => d.toISOString();

function party(org: Organisation, roles: string[]) {
  return {
    id: org.id,
    name: org.name,
    ...(org.uscc ? { identifier: { scheme: 'CN-SAMR', id: org.uscc, legalName: org.name } } : {}),
    roles,
  };
}

/** Every release of the project, oldest first; none before the project is published. */
export function projectReleases(d: ProjectRecordData): OcdsRelease[] {
  const { project } = d;
  if (!project.publishedAt) return [];
  const steps: { date: Date; tag: string; id: string }[] = [{ date: project.publishedAt, tag: 'tender', id: 'tender' }];
  for (const a of d.awards) steps.push({ date: a.publishedAt, tag: 'award', id: `award-${a.id}` });
  for (const c of d.contracts) if (c.publishedAt) steps.push({ date: c.publishedAt, tag: 'contract', id: `contract-${c.id}` });
  steps.sort((x, y) => x.date.getTime() - y.date.getTime());
  return steps.map((s) => release(d, s.date, s.tag, s.id));
}

function release(d: ProjectRecordData, at: Date, tag: string, stepId: string): OcdsRelease {
  const { project } = d;
  const ocid = ocidOf(d.tenantCode, project.id);
  const awards = d.awards.filter((a) => a.publishedAt <= at);
  const contracts = d.contracts.filter((c) => c.publishedAt && c.publishedAt <= at);
  const contractedLots = new Set(contracts.map((c) => c.lot.id));

  const parties = new Map<string, ReturnType<typeof party>>();
  const addParty = (org: Organisation, role: string) => {
    const p = parties.get(org.id) ?? party(org, []);
    if (!p.roles.includes(role)) p.roles.push(role);
    parties.set(org.id, p);
  };
  addParty(project.buyer, 'buyer');
  if (project.agency) addParty(project.agency, 'procuringEntity');
  // Bidders become public with the opening record, which the award notice follows.
  if (awards.length) for (const b of d.bids) addParty(b.supplier, 'tenderer');
  for (const a of awards) addParty(a.supplier, 'supplier');

  const lotStatus = (lot: TenderLot) => {
    if ((lot.state === TenderLotState.Failed || lot.state === TenderLotState.Cancelled) && lot.updatedAt <= at) return lot.state === TenderLotState.Failed ? 'unsuccessful' : 'cancelled';
    return contractedLots.has(lot.id) ? 'complete' : 'active';
  };
  const lotStatuses = d.lots.map(lotStatus);
  const finished = project.state === TenderProjectState.Completed && lotStatuses.every((s) => s !== 'active');

  return {
    ocid,
    id: `${ocid}-${stepId}`,
    date: iso(at),
    tag: [tag],
    initiationType: 'tender',
    language: 'zh',
    parties: [...parties.values()],
    buyer: { id: project.buyer.id, name: project.buyer.name },
    planning: { budget: { amount: value(project.budgetFen) } },
    tender: {
      id: project.projectNo,
      title: project.title,
      description: project.description,
      status: project.state === TenderProjectState.Cancelled ? 'cancelled' : finished ? 'complete' : 'active',
      ...(project.agency ? { procuringEntity: { id: project.agency.id, name: project.agency.name } } : {}),
      value: value(project.budgetFen),
      procurementMethod: METHOD[project.method],
      procurementMethodDetails: METHOD_ZH[project.method],
      mainProcurementCategory: project.kind === ProcurementKind.Works ? 'works' : project.kind === ProcurementKind.Services ? 'services' : 'goods',
      awardCriteria: project.evaluationMethod === EvaluationMethod.LowestPrice ? 'lowestCost' : 'ratedCriteria',
      ...(project.bidDeadline ? { tenderPeriod: { startDate: iso(project.documentsFrom ?? project.publishedAt!), endDate: iso(project.bidDeadline) } } : {}),
      items: d.lots.map((lot) => ({
        id: `${lot.lotNo}`,
        description: lot.scope,
        classification: { scheme: 'CN-GPC', id: project.categoryCode, description: '政府采购品目分类目录' },
        relatedLot: lot.id,
      })),
      lots: d.lots.map((lot, i) => ({ id: lot.id, title: lot.title, description: lot.scope, value: value(lot.budgetFen), status: lotStatuses[i] })),
      ...(awards.length ? { numberOfTenderers: new Set(d.bids.map((b) => b.supplier.id)).size } : {}),
    },
    awards: awards.map((a) => ({
      id: a.id,
      title: `${a.lot.title} 中标结果`,
      status: a.lot.state === TenderLotState.Failed && a.lot.updatedAt <= at ? 'cancelled' : 'active',
      date: iso(a.publishedAt),
      value: value(a.priceFen),
      suppliers: [{ id: a.supplier.id, name: a.supplier.name }],
      relatedLots: [a.lot.id],
    })),
    contracts: contracts.map((c) => ({
      id: c.id,
      awardID: c.award.id,
      title: c.contractNo,
      description: `付款：${c.paymentTerms}；交付：${c.deliveryTerms}`,
      status: c.state === TenderContractState.Signed ? 'active' : 'pending',
      value: value(c.amountFen),
      dateSigned: iso(c.signedAt!),
    })),
  };
}
