import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AppConfig } from '@zhengcai/schema';
import { InjectConfig } from '../platform/config/config.module.js';

/** Outside production without PAYMENT_SECRETS_KEY: a fixed development key (never for real accounts). */
const DEVELOPMENT_KEY = createHash('sha256').update('zhengcai development payment secrets key').digest();

/**
 * Encrypts provider secrets (the tenant's Alipay app private key) at rest with AES-256-GCM
 * under the platform's PAYMENT_SECRETS_KEY. A database dump alone does not reveal them.
 * Format: `v1:<iv>:<tag>:<ciphertext>`, each part base64.
 */
@Injectable()
export class SecretBox {
  private readonly key: Buffer;

  constructor(@InjectConfig() config: AppConfig) {
    this.key = config.PAYMENT_SECRETS_KEY ? Buffer.from(config.PAYMENT_SECRETS_KEY, 'base64') : DEVELOPMENT_KEY;
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
  }

  open(sealed: string): string {
    const [version, iv, tag, data] = sealed.split(':');
    if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('sealed secret has an unknown format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}
