/** Deposits (and guarantees) a sweep takes per round; a round is one statement, then their refunds. */
export const FREED_BATCH = 500;

/**
 * Which held deposits are free now, from the lot's state (not from the event that woke us):
 * non-winners once the award is published, the winner once the contract is signed, everyone
 * when the lot failed or was cancelled, a supplier whose only bid was withdrawn while bidding
 * was open. Rows are locked, and a concurrent run re-checks `held` after the lock.
 */
const freedSql = (table: 'deposit' | 'guarantee', live: string) => `
select d.id,
  case when l.state in ('failed', 'cancelled') then 'lot_' || l.state::text
       when l.state = 'bidding' then 'bid_withdrawn'
       when l.state = 'contracted' and w.supplier_id = d.supplier_id then 'contract_signed'
       else 'award_published' end as trigger,
  case when l.state in ('failed', 'cancelled') then l.updated_at
       when l.state = 'bidding' then (select max(b.updated_at) from tender_bid b where b.lot_id = d.lot_id and b.supplier_id = d.supplier_id and b.state = 'withdrawn')
       when l.state = 'contracted' and w.supplier_id = d.supplier_id then coalesce(l.contracted_at, l.updated_at)
       else coalesce(l.awarded_at, l.updated_at) end as triggered_at
from ${table} d
join tender_lot l on l.id = d.lot_id
left join tender_bid w on w.id = l.winner_bid_id
where ${live}
  and (l.state in ('contracted', 'failed', 'cancelled')
    or (l.state = 'awarded' and w.supplier_id is distinct from d.supplier_id)
    or (l.state = 'bidding'
      and exists (select 1 from tender_bid b where b.lot_id = d.lot_id and b.supplier_id = d.supplier_id and b.state = 'withdrawn')
      and not exists (select 1 from tender_bid b where b.lot_id = d.lot_id and b.supplier_id = d.supplier_id and b.state in ('submitted', 'opened', 'disqualified'))))
  and (?::uuid is null or d.lot_id = ?::uuid)
  and (?::uuid is null or d.supplier_id = ?::uuid)
order by d.id
limit ${FREED_BATCH}
for update of d`;
export const FREED_DEPOSITS_SQL = freedSql('deposit', `d.state = 'held' and d.paid_at is not null`);
/** Guarantees are released on exactly the triggers that refund deposits. */
export const FREED_GUARANTEES_SQL = freedSql('guarantee', `d.state = 'accepted'`);
