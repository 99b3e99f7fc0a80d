/**
 * The category of a mall order line, for statistics and compliance checks. A catalogue line
 * has its listing's category; a line of an order awarded from an inquiry or a reverse auction
 * has no listing (only a specification), so it takes the inquiry's or the auction's category
 * (null for an auction opened without one). Expects `o` (mall_order) and `l` (mall_order_line)
 * in scope; gives `li` (the listing, null for sourcing lines).
 */
export const LINE_CATEGORY_JOINS = `left join listing li on li.id = l.listing_id
    left join category c on c.id = li.category_id
    left join sourcing_inquiry sq on o.origin = 'inquiry' and sq.id = o.origin_id
    left join auction sa on o.origin = 'auction' and sa.id = o.origin_id`;

export const LINE_CATEGORY_CODE = `coalesce(c.code, sq.category_code, sa.category_code)`;
