/** A node of `explain (analyze, format json)` output, as far as the search statement needs. */
export interface PlanNode {
  'Subplan Name'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

export type CandidateWay = 'walked' | 'walked deeper' | 'anchored' | 'anchored deeper' | 'reached' | 'looked up' | 'looked up at once' | 'not walked, none found';

/**
 * Which way a search statement found its candidates (pg-search.query.ts), read from its
 * analysed plan: the CTE that produced rows besides the first walk, whether the first walk
 * read anything (a query with a rare word skips it), and whether it read a posted word's
 * postings (anchored) instead of every document. For the bench's plans and the tests
 * that check a search took the way it should.
 */
export function candidateWay(plan: PlanNode): CandidateWay {
  const rows = new Map<string, number>();
  // Its documents read: by the walk over all of them or by probing a posted word's postings.
  let walkRead = false;
  let walkSkipped = false;
  let anchored = false;
  const visit = (n: PlanNode, cte?: string) => {
    const name = n['Subplan Name']?.startsWith('CTE ') ? n['Subplan Name'].slice(4) : cte;
    if (name !== cte && name) rows.set(name, n['Actual Rows'] ?? 0);
    if (name === 'walked' && n['Relation Name'] === 'search_document') {
      if (n['Actual Loops'] === 0) walkSkipped = true;
      else walkRead = true;
    }
    if (name === 'walked' && n['Relation Name'] === 'search_posting' && (n['Actual Rows'] ?? 0) > 0) anchored = true;
    n.Plans?.forEach((p) => visit(p, name));
  };
  visit(plan);
  if (walkRead) walkSkipped = false;
  if ((rows.get('sparse') ?? 0) > 0) return walkSkipped ? 'looked up at once' : 'looked up';
  if (anchored) return (rows.get('deeper') ?? 0) > 0 ? 'anchored deeper' : 'anchored';
  if (walkSkipped) return 'not walked, none found';
  if ((rows.get('deeper') ?? 0) > 0) return 'walked deeper';
  if ((rows.get('reached') ?? 0) > 0) return 'reached';
  return 'walked';
}
