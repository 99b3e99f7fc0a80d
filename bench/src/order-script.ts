import { idExpr, type OrderData } from './order-data.ts';

/** How the captured statements become a script: the chosen rows by number, derived values from \gset. */
export function scriptRules(data: OrderData, statements: string[], u: string, j: string, lines: number) {
  const unit = data.units[0];
  const listing = data.listings[0];
  const values = new Map<string, string>([
    [unit.id, idExpr.unit(':bu')],
    [unit.userId, idExpr.user(':bu')],
    [unit.lines[1 % lines], idExpr.line(':bu', ':bj')],
    [listing.id, idExpr.listing(':bl')],
    // The listing's supplier and category rows are read (and locked) by id too: they must be
    // the chosen listing's, as in the API, or the script would lock rows the API never does.
    [listing.supplierId, `(select supplier_id from listing where id = ${idExpr.listing(':bl')})`],
    [listing.categoryId, `(select category_id from listing where id = ${idExpr.listing(':bl')})`],
  ]);
  const sql = statements.join('\n');
  const key = /"?key"?\) values \('[^']*', '[^']*', '[^']*', '([^']+)'/.exec(sql)?.[1] ?? /"?key"? = '([^']+)'/.exec(sql)?.[1];
  if (key) values.set(key, `'bench-' || :bk::text`);
  const orderNo = /'(DD\d{4})(\d{6})'/.exec(sql);
  if (orderNo) values.set(orderNo[1] + orderNo[2], `'${orderNo[1]}' || lpad(:c_last::text, 6, '0')`);
  const seq = /set seq = (\d+)/.exec(sql)?.[1];
  const constants = new Set([data.tenantId.toLowerCase()]);
  const sets = [`\\set bu ${u}`, `\\set bj ${j}`, `\\set bl random(1, ${data.listings.length})`, `\\set bk random(1, 9223372036854775806)`];
  return {
    sets, values, constants,
    gset: [/mall_order_counter/, /from "?audit_chain_head"? where .* for update/i],
    bare: seq ? [{ statement: /audit_chain_head/, value: seq, expr: '(:c_seq + 1)' }] : [],
  };
}

