import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import type { PanelExclusion } from './evaluation-enums.js';
import { TenderLot } from './tender-lot.entity.js';

/**
 * The random draw of a lot's expert panel. The pick is a function of the seed and the sorted
 * candidate list only, so anyone holding this row can recompute it (verifyPanelDraw).
 */
@Entity({ tableName: 'evaluation_panel_draw' })
@Unique({ name: 'evaluation_panel_draw_tenant_lot_unique', properties: ['tenantId', 'lot'] })
export class EvaluationPanelDraw extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderLot, index: false })
  lot!: TenderLot;

  /** 32 bytes from the CSPRNG, hex. */
  @Property({ type: 'string', length: 64 })
  seed!: string;

  @Property({ type: 'integer' })
  size!: number;

  /** The project's category the candidates cover. */
  @Property({ type: 'string', length: 16 })
  categoryCode!: string;

  /** Eligible experts' user ids, sorted: the input of the pick. */
  @Property({ type: 'jsonb' })
  candidateIds!: string[];

  /** The drawn experts' user ids, in drawing order (seat 1 first). */
  @Property({ type: 'jsonb' })
  drawnIds!: string[];

  /** Experts of the category left out, with the reason. */
  @Property({ type: 'jsonb' })
  excluded!: PanelExclusion[];

  @Property({ type: 'uuid' })
  drawnBy!: string;
}
