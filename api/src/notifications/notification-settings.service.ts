import { Injectable } from '@nestjs/common';
import { type AppConfig, type TenantContext, UserAccount } from '@zhengcai/schema';
import { InjectConfig } from '../platform/config/config.module.js';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { requireUser } from './notification-centre.service.js';

export interface NotificationSettingsView {
  email: string | null;
  emailAvailable: boolean;
  /** The VAPID key a browser subscribes with; null: push is off on this platform. */
  pushPublicKey: string | null;
}

// Deliberately plain: one @, a dot in the domain, no spaces; the SMTP server has the last word.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** Where the signed-in user's e-mail notices go, and which channels the platform offers. */
@Injectable()
export class NotificationSettings {
  constructor(private readonly db: TenantDb, @InjectConfig() private readonly config: AppConfig) {}

  get(ctx: TenantContext): Promise<NotificationSettingsView> {
    const userId = requireUser(ctx);
    return this.db.transaction(ctx, async (em) => this.view((await em.findOneOrFail(UserAccount, { id: userId })).email ?? null));
  }

  /** Sets (or with null or '' removes) the caller's notice address. */
  setEmail(ctx: TenantContext, email: string | null): Promise<NotificationSettingsView> {
    const userId = requireUser(ctx);
    const value = email?.trim() || null;
    if (value && (value.length > 254 || !EMAIL.test(value))) return Promise.reject(new AppError('NOTIFICATION_EMAIL_INVALID', { field: 'email' }));
    return this.db.transaction(ctx, async (em, tx) => {
      const user = await em.findOneOrFail(UserAccount, { id: userId });
      user.email = value;
      tx.audit({ action: 'notifications.email.set', subjectType: 'user_account', subjectId: userId, change: { email: value } });
      return this.view(value);
    });
  }

  private view(email: string | null): NotificationSettingsView {
    return { email, emailAvailable: !!this.config.SMTP_URL, pushPublicKey: this.config.VAPID_PUBLIC_KEY ?? null };
  }
}
