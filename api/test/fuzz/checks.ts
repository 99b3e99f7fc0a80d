import type pg from 'pg';
import { ErrorCode } from '../../src/platform/errors/error-code.js';
import { CLIENT_CODES } from '../../src/platform/errors/format-error.js';
import type { GqlBody } from '../app.js';
import { ownerClient } from '../tenants.js';

/** Codes a client may be told: the product's own and graphql's for malformed requests; never INTERNAL_SERVER_ERROR. */
export const ALLOWED_CODES: ReadonlySet<string> = new Set([...Object.values(ErrorCode).filter((c) => c !== ErrorCode.Internal), ...CLIENT_CODES]);

/** What is wrong with one response, if anything: a 5xx, an uncoded or internal error, an error without a message. */
export function responseProblems(status: number, body: GqlBody): string[] {
  const problems: string[] = [];
  if (status !== 200 && status !== 400) problems.push(`HTTP ${status}`);
  for (const e of body.errors ?? []) {
    const code = e.extensions?.code;
    if (typeof code !== 'string') problems.push(`error without extensions.code: ${e.message}`);
    else if (!ALLOWED_CODES.has(code)) problems.push(`error code ${code} (reason ${e.extensions?.reason ?? '-'}): ${e.message}`);
    if (typeof e.message !== 'string' || e.message.trim() === '') problems.push(`error without a message (code ${code})`);
  }
  return problems;
}

/** Counts of a tenant's audited changes and outgoing events: a refused call must leave both as they were. */
export class WriteCounter {
  private constructor(private readonly client: pg.Client) {}

  static async open(tenantId: string): Promise<WriteCounter> {
    const client = await ownerClient();
    await client.query(`select set_config('app.tenant_id', $1, false)`, [tenantId]);
    return new WriteCounter(client);
  }

  async count(): Promise<{ audit: number; outbox: number }> {
    const { rows } = await this.client.query<{ audit: string; outbox: string }>(
      `select (select count(*) from audit_entry where tenant_id = current_setting('app.tenant_id')::uuid) as audit,
              (select count(*) from outbox_event where tenant_id = current_setting('app.tenant_id')::uuid) as outbox`,
    );
    return { audit: Number(rows[0].audit), outbox: Number(rows[0].outbox) };
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
