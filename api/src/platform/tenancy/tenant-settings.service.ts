import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { applySettingsPatch, type Fen, settingRange, Tenant, type TenantContext, type TenantSettingsPatch, tenantSettingsSchema } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { AppError } from '../errors/app-error.js';
import { ruleLabel, ruleValue } from './settings-labels.js';
import { TenantService } from './tenant.service.js';
import type { TenantDetail } from './tenant.types.js';

type Groups = Omit<TenantSettingsPatch, 'purchaseRoutes' | 'financing'>;

/** A change to the acting tenant's name and rules; omitted fields keep their value. */
export interface UpdateTenantSettingsInput extends Groups {
  name?: string | null;
  purchaseRoutes?: { directOrderMax?: Fen | null; mallSourcingMax?: Fen | null; publicTenderMin?: Fen | null } | null;
  financing?: { minOrder?: Fen | null } | null;
}

const NAME_MAX = 64;

/** Stored money settings carry a `Fen` suffix; the API names them without it. */
const apiField = (field: string) => field.replace(/Fen$/, '');

@Injectable()
export class TenantSettingsService {
  constructor(
    private readonly db: TenantDb,
    private readonly tenants: TenantService,
  ) {}

  async update(ctx: TenantContext, input: UpdateTenantSettingsInput): Promise<TenantDetail> {
    const name = input.name?.trim();
    if (name !== undefined && ([...name].length < 2 || [...name].length > NAME_MAX)) throw new AppError('NAME_LENGTH', { max: NAME_MAX, field: 'name' });
    const patch = toPatch(input, ctx);
    await this.db.transaction(ctx, async (em, tx) => {
      const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
      const before = { name: tenant.name, settings: tenant.settings };
      const settings = applySettingsPatch(tenant.settings, patch);
      const checked = tenantSettingsSchema.safeParse(settings);
      if (!checked.success) throw settingError(checked.error.issues[0], settings, ctx);
      tenant.settings = settings;
      if (name) tenant.name = name;
      tx.audit({ action: 'tenant.settings.update', subjectType: 'tenant', subjectId: tenant.id, change: { before, after: { name: tenant.name, settings } } });
    });
    return this.tenants.detail(ctx);
  }
}

function toPatch(input: UpdateTenantSettingsInput, ctx: TenantContext): TenantSettingsPatch {
  const { name: _name, purchaseRoutes, financing, ...groups } = input;
  const patch: TenantSettingsPatch = { ...(groups as Groups) };
  if (purchaseRoutes) patch.purchaseRoutes = moneyFields('purchaseRoutes', purchaseRoutes, ctx);
  if (financing) patch.financing = moneyFields('financing', financing, ctx);
  return patch;
}

/** Money rules arrive in fen under their API names and are stored as `<name>Fen` strings. */
function moneyFields(group: string, fields: Record<string, Fen | null | undefined>, ctx: TenantContext): Record<string, string> {
  const fen: Record<string, string> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (value <= 0n) throw new AppError('SETTING_OUT_OF_RANGE', { field: `${group}.${field}`, label: ruleLabel(group, field, ctx.locale), min: '¥0.01', max: '—', actual: ruleValue(group, field, value) });
    fen[`${field}Fen`] = value.toString();
  }
  return fen;
}

/** The first problem of a rule change, named by its API field with its legal range. */
function settingError(issue: z.core.$ZodIssue, settings: Record<string, unknown>, ctx: TenantContext): AppError {
  const [group, stored] = issue.path.map(String);
  const field = apiField(stored);
  const locale = ctx.locale;
  const base = { field: `${group}.${field}`, label: ruleLabel(group, field, locale) };
  if (issue.code === 'custom') {
    const params = issue.params as { below?: string; reason?: 'SETTING_BAND_ORDER' } | undefined;
    const below = apiField(String(params?.below ?? ''));
    return new AppError(params?.reason ?? 'SETTING_ORDER', { ...base, belowLabel: ruleLabel(group, below, locale) });
  }
  const actual = (settings[group] as Record<string, number> | undefined)?.[stored];
  const range = settingRange(group, stored);
  // Rules that are not numbers (a feed URL, a list of sources) have no range to name.
  if (!range) return new AppError('SETTING_INVALID', base);
  return new AppError('SETTING_OUT_OF_RANGE', {
    ...base,
    min: ruleValue(group, field, range.min),
    max: ruleValue(group, field, range.max),
    actual: typeof actual === 'number' ? ruleValue(group, field, actual) : String(actual),
  });
}
