import { createPrivateKey, createPublicKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { PaymentProviderCode, PaymentSettings, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import type { AlipayAccount } from './providers/payment-provider.js';
import { SecretBox } from './secret-box.js';

/** What anyone allowed may read of a tenant's payment set-up: never the private key. */
export interface PaymentSettingsView {
  enabledProviders: PaymentProviderCode[];
  defaultProvider: PaymentProviderCode;
  alipayAppId: string | null;
  alipayPublicKey: string | null;
  alipayGatewayUrl: string | null;
  alipayNotifyUrlBase: string | null;
  alipayNotifyUrl: string | null;
  alipayPrivateKeyConfigured: boolean;
  updatedAt: Date | null;
}

/** A change; omitted fields keep their value. The private key is write-only. */
export interface PaymentSettingsInput {
  enabledProviders?: PaymentProviderCode[] | null;
  defaultProvider?: PaymentProviderCode | null;
  alipayAppId?: string | null;
  alipayPrivateKey?: string | null;
  alipayPublicKey?: string | null;
  alipayGatewayUrl?: string | null;
  alipayNotifyUrlBase?: string | null;
}

/** Without settings a tenant offers the treasury only: Alipay needs an account first. */
const DEFAULTS = { enabledProviders: [PaymentProviderCode.Treasury], defaultProvider: PaymentProviderCode.Treasury };
export const ALIPAY_NOTIFY_PATH = 'payments/alipay/notify';
const PROVIDERS = new Set<string>(Object.values(PaymentProviderCode));

export function notifyUrlOf(base: string, tenantCode: string): string {
  return `${base.replace(/\/+$/, '')}/${ALIPAY_NOTIFY_PATH}/${tenantCode}`;
}

@Injectable()
export class PaymentSettingsService {
  constructor(
    private readonly db: TenantDb,
    private readonly secrets: SecretBox,
  ) {}

  /** What a payer may choose from: the enabled providers and the default (no account details). */
  offered(ctx: TenantContext): Promise<{ enabled: PaymentProviderCode[]; default: PaymentProviderCode }> {
    return this.db.transaction(ctx, (em) => this.providers(em));
  }

  get(ctx: TenantContext): Promise<PaymentSettingsView> {
    return this.db.transaction(ctx, async (em) => toView(await em.findOne(PaymentSettings, {}), ctx));
  }

  update(ctx: TenantContext, input: PaymentSettingsInput): Promise<PaymentSettingsView> {
    return this.db.transaction(ctx, async (em, tx) => {
      let row = await em.findOne(PaymentSettings, {}, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const before = toView(row, ctx);
      const next = {
        enabledProviders: input.enabledProviders ?? before.enabledProviders,
        defaultProvider: input.defaultProvider ?? before.defaultProvider,
        alipayAppId: pick(input.alipayAppId, before.alipayAppId),
        alipayPublicKey: pick(input.alipayPublicKey, before.alipayPublicKey),
        alipayGatewayUrl: pick(input.alipayGatewayUrl, before.alipayGatewayUrl),
        alipayNotifyUrlBase: pick(input.alipayNotifyUrlBase, before.alipayNotifyUrlBase),
      };
      const privateKey = input.alipayPrivateKey?.trim() || null;
      check(next, privateKey, before.alipayPrivateKeyConfigured);
      if (!row) row = em.create(PaymentSettings, { tenantId: ctx.tenantId, ...next, updatedBy: ctx.userId! });
      Object.assign(row, next, { updatedBy: ctx.userId!, updatedAt: new Date() });
      if (privateKey) row.alipayPrivateKeyEncrypted = this.secrets.seal(privateKey);
      await em.flush();
      const after = toView(row, ctx);
      // The audit names what changed, never the private key itself.
      tx.audit({
        action: 'payments.settings.update', subjectType: 'payment_settings', subjectId: row.id,
        change: { before: auditable(before), after: auditable(after), privateKeyReplaced: Boolean(privateKey) },
      });
      return after;
    });
  }

  /** The tenant's Alipay account with the private key opened, or null when not configured. */
  async alipayAccount(em: EntityManager, ctx: TenantContext): Promise<AlipayAccount | null> {
    const row = await em.findOne(PaymentSettings, {});
    if (!row?.alipayAppId || !row.alipayPrivateKeyEncrypted || !row.alipayPublicKey || !row.alipayGatewayUrl || !row.alipayNotifyUrlBase) return null;
    return {
      appId: row.alipayAppId,
      privateKey: this.secrets.open(row.alipayPrivateKeyEncrypted),
      alipayPublicKey: row.alipayPublicKey,
      gatewayUrl: row.alipayGatewayUrl,
      notifyUrl: notifyUrlOf(row.alipayNotifyUrlBase, ctx.tenantCode),
    };
  }

  /** Providers on offer and the default (the national default when the tenant has set none). */
  async providers(em: EntityManager): Promise<{ enabled: PaymentProviderCode[]; default: PaymentProviderCode }> {
    const row = await em.findOne(PaymentSettings, {});
    return row ? { enabled: row.enabledProviders, default: row.defaultProvider } : { enabled: DEFAULTS.enabledProviders, default: DEFAULTS.defaultProvider };
  }
}

function pick(value: string | null | undefined, current: string | null): string | null {
  if (value === undefined || value === null) return current;
  return value.trim() || null;
}

function invalid(field: string, problem: string): AppError {
  return new AppError('PAYMENT_SETTINGS_INVALID', { field, problem });
}

function check(next: Omit<PaymentSettingsView, 'alipayPrivateKeyConfigured' | 'updatedAt' | 'alipayNotifyUrl'>, privateKey: string | null, hadPrivateKey: boolean): void {
  if (!next.enabledProviders.length || next.enabledProviders.some((p) => !PROVIDERS.has(p))) throw invalid('enabledProviders', 'at least one known provider');
  if (new Set(next.enabledProviders).size !== next.enabledProviders.length) throw invalid('enabledProviders', 'each provider once');
  if (!next.enabledProviders.includes(next.defaultProvider)) throw invalid('defaultProvider', 'must be one of the enabled providers');
  if (next.alipayAppId !== null && !/^\d{8,32}$/.test(next.alipayAppId)) throw invalid('alipayAppId', 'digits only');
  if (next.alipayGatewayUrl !== null && !isServiceUrl(next.alipayGatewayUrl)) throw invalid('alipayGatewayUrl', 'an https URL');
  if (next.alipayNotifyUrlBase !== null && !isServiceUrl(next.alipayNotifyUrlBase)) throw invalid('alipayNotifyUrlBase', 'an https URL');
  if (next.alipayPublicKey !== null) {
    try {
      createPublicKey(next.alipayPublicKey);
    } catch {
      throw invalid('alipayPublicKey', 'a PEM public key');
    }
  }
  if (privateKey) {
    try {
      createPrivateKey(privateKey);
    } catch {
      throw invalid('alipayPrivateKey', 'a PEM PKCS8 private key');
    }
    if (!privateKey.includes('BEGIN PRIVATE KEY')) throw invalid('alipayPrivateKey', 'a PEM PKCS8 private key');
  }
  if (next.enabledProviders.includes(PaymentProviderCode.Alipay)) {
    const missing = (['alipayAppId', 'alipayPublicKey', 'alipayGatewayUrl', 'alipayNotifyUrlBase'] as const).find((k) => !next[k]);
    if (missing) throw invalid(missing, 'required while alipay is enabled');
    if (!privateKey && !hadPrivateKey) throw invalid('alipayPrivateKey', 'required while alipay is enabled');
  }
}

/** https, or plain http to this machine (a local stand-in gateway in development and tests). */
function isServiceUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || (u.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(u.hostname));
  } catch {
    return false;
  }
}

function toView(row: PaymentSettings | null, ctx: TenantContext): PaymentSettingsView {
  return {
    enabledProviders: row?.enabledProviders ?? DEFAULTS.enabledProviders,
    defaultProvider: row?.defaultProvider ?? DEFAULTS.defaultProvider,
    alipayAppId: row?.alipayAppId ?? null,
    alipayPublicKey: row?.alipayPublicKey ?? null,
    alipayGatewayUrl: row?.alipayGatewayUrl ?? null,
    alipayNotifyUrlBase: row?.alipayNotifyUrlBase ?? null,
    alipayNotifyUrl: row?.alipayNotifyUrlBase ? notifyUrlOf(row.alipayNotifyUrlBase, ctx.tenantCode) : null,
    alipayPrivateKeyConfigured: Boolean(row?.alipayPrivateKeyEncrypted),
    updatedAt: row?.updatedAt ?? null,
  };
}

function auditable(v: PaymentSettingsView) {
  return {
    enabledProviders: v.enabledProviders, defaultProvider: v.defaultProvider, alipayAppId: v.alipayAppId, alipayPublicKey: v.alipayPublicKey,
    alipayGatewayUrl: v.alipayGatewayUrl, alipayNotifyUrlBase: v.alipayNotifyUrlBase, alipayPrivateKeyConfigured: v.alipayPrivateKeyConfigured,
  };
}
