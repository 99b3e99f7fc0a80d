import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '@zhengcai/schema';
import { InjectConfig } from '../../platform/config/config.module.js';
import { render } from '../notification-templates.js';
import type { OutgoingNotice } from './outgoing-notice.js';

/** E-mail through SMTP (SMTP_URL); without it e-mail is off and deliveries are skipped. */
@Injectable()
export class EmailChannel implements OnModuleDestroy {
  private transport?: Transporter;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  get enabled(): boolean {
    return !!this.config.SMTP_URL;
  }

  /** Chinese first, English below, both with the link: a mail client has no language switch. */
  async send(notice: OutgoingNotice): Promise<void> {
    if (!notice.user.email) throw new Error('the user has no e-mail address');
    const zh = render(notice.notification.template, 'zh-CN', notice.notification.params);
    const en = render(notice.notification.template, 'en', notice.notification.params);
    await this.transporter().sendMail({
      from: this.config.MAIL_FROM,
      to: { name: notice.user.displayName, address: notice.user.email },
      subject: zh.title,
      text: `${zh.body}\n\n${notice.url}\n\n——\n${en.title}\n${en.body}\n`,
      headers: { 'X-Zhengcai-Notification': notice.notification.id },
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  private transporter(): Transporter {
    this.transport ??= nodemailer.createTransport(this.config.SMTP_URL!);
    return this.transport;
  }
}
