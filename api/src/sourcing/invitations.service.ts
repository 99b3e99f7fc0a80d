import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InquiryState, SourcingInquiry, type TenantContext } from '@zhengcai/schema';
import { ELIGIBLE_SUPPLIERS_SQL } from './quote.service.js';

/**
 * Keeps the suppliers' inboxes in line with an inquiry, set-based and idempotent (the worker
 * runs it for each inquiry event): on publication every eligible supplier of the category is
 * invited; after the deadline and the award each invitation shows its outcome.
 */
@Injectable()
export class InvitationsService {
  async sync(em: EntityManager, ctx: TenantContext, inquiryId: string): Promise<{ invited: number; updated: number }> {
    const inquiry = await em.findOne(SourcingInquiry, { id: inquiryId });
    if (!inquiry) return { invited: 0, updated: 0 };
    let invited = 0;
    if (inquiry.state === InquiryState.Published) {
      const rows = await em.execute<{ id: string }[]>(
        `insert into sourcing_invitation (id, tenant_id, inquiry_id, supplier_id)
         select gen_random_uuid(), ?, ?, e.id from (${ELIGIBLE_SUPPLIERS_SQL}) e where e.id <> ?
         on conflict (tenant_id, inquiry_id, supplier_id) do nothing returning id`,
        [ctx.tenantId, inquiry.id, inquiry.categoryCode, inquiry.buyer.id],
      );
      invited = rows.length;
    }
    // The outcome each invitation should show now: quoted until the award; won or lost after it; ended otherwise.
    const rows = await em.execute<{ id: string }[]>(
      `update sourcing_invitation i set status = x.status::sourcing_invitation_status, updated_at = now()
       from (
         select i2.id, case
           when n.state = 'awarded' and q.id = n.awarded_quote_id then 'won'
           when n.state = 'awarded' and q.id is not null then 'lost'
           when n.state in ('published', 'closed') and q.id is not null then 'quoted'
           when n.state = 'published' then 'invited'
           else 'ended' end as status
         from sourcing_invitation i2
         join sourcing_inquiry n on n.id = i2.inquiry_id
         left join sourcing_quote q on q.inquiry_id = n.id and q.supplier_id = i2.supplier_id
         where i2.inquiry_id = ?
       ) x
       where i.id = x.id and i.status::text <> x.status returning i.id`,
      [inquiry.id],
    );
    return { invited, updated: rows.length };
  }
}
