import { z } from 'zod';

/**
 * The one configuration schema, read once at start-up by the API and the workers.
 * Secrets are marked so that logs and error messages never print their values.
 */
export const SECRET_KEYS: ReadonlySet<string> = new Set(['DATABASE_URL', 'DATABASE_OWNER_URL', 'REDIS_URL', 'JWT_SECRET', 'MEILISEARCH_API_KEY', 'PAYMENT_SECRETS_KEY', 'SMTP_URL', 'VAPID_PRIVATE_KEY']);

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL');

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: postgresUrl.describe('PostgreSQL URL of the app role (owns nothing, no BYPASSRLS)'),
  DATABASE_OWNER_URL: postgresUrl.optional().describe('PostgreSQL URL of the owner role; needed only by migrations and seeding'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').describe('Redis URL for queues'),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(5000),
  GRAPHQL_MAX_BATCH: z.coerce.number().int().min(1).default(10),
  GRAPHQL_MAX_DOCUMENT_CHARS: z.coerce.number().int().min(100).default(20_000),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'up to 64 letters, digits, _ and - (it becomes part of every Redis key)')
    .default('zc')
    .describe('Redis key prefix of the job queues; a unique one per test run keeps parallel runs apart'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  WORKER_STALLED_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000)
    .describe('A running job holds its lock this long between renewals; a job whose worker died is picked up again after about this long'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(5000)
    .describe('How often the outbox relay sweeps every tenant; NOTIFY wakes it sooner'),
  WORKER_TENANTS: z
    .string()
    .regex(/^[a-z0-9-]+\*?(,[a-z0-9-]+\*?)*$/, 'comma-separated province slugs, each may end in * (e.g. zj,cq or t7k*)')
    .optional()
    .describe('Provinces whose outbox this worker process relays and whose schedules it keeps; unset: every province. Pools that share one database each take their own provinces (and their own QUEUE_PREFIX)'),
  JWT_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe('HS256 key for access tokens; required in production (outside it, each process makes a random one)'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Reverse proxies in front of the API whose X-Forwarded-For is trusted for the client IP. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  SEARCH_ENGINE: z.enum(['postgres', 'meilisearch']).default('postgres')
    .describe('Catalog search adapter: postgres (default) or meilisearch (needs MEILISEARCH_URL)'),
  MEILISEARCH_URL: z.string().regex(/^https?:\/\//, 'must be an http(s):// URL').optional().describe('Meilisearch server URL'),
  MEILISEARCH_API_KEY: z.string().optional().describe('Meilisearch API key (a key allowed to manage the listings_* indexes)'),
  SEARCH_CANDIDATE_CAP: z.coerce.number().int().min(100).max(100_000).default(300)
    .describe('Search ranks at most this many best-ranked matches; totals above it are reported as capped'),
  SEARCH_RANK_WALK: z.coerce.number().int().min(100).max(1_000_000).default(5_000)
    .describe('Best-ranked documents a PostgreSQL search tests one by one before it looks its matches up in the indexes instead'),
  SEARCH_REACH_FROM: z.coerce.number().int().min(1).default(20_000)
    .describe('A PostgreSQL search with only price or stock filters walks on past the first walk before looking its matches up when its rarest word has at least this many listings'),
  SEARCH_ANCHOR_WALK: z.coerce.number().int().min(0).max(100_000).default(600)
    .describe('Postings of a posted word a PostgreSQL search probes before it looks its matches up instead; 0 walks every document instead of a posted word\'s'),
  SEARCH_CONCURRENCY: z.coerce.number().int().min(1).max(200).optional()
    .describe('Searches one API process runs in the database at once, the others waiting their turn (PostgreSQL search only); default: this machine\'s cores + 1, meant for a database with as many'),
  SEARCH_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(2000)
    .describe('Search results kept per API process until the province\'s index changes (PostgreSQL search only); 0 turns the cache off'),
  SEARCH_CACHE_TTL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000)
    .describe('Longest a kept search result is served, for what changes with the clock alone (a certificate\'s last valid day)'),
  PAYMENT_SECRETS_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64')
    .optional()
    .describe('AES-256-GCM key (32 bytes, base64) that encrypts tenants\' payment provider private keys at rest; required in production'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional()
    .describe('SMTP server for e-mail notices (credentials in the URL); unset: e-mail is off'),
  MAIL_FROM: z.string().min(3).default('政采云平台 <noreply@zhengcai.local>').describe('From address of e-mail notices'),
  VAPID_PUBLIC_KEY: z.string().regex(/^[A-Za-z0-9_-]{87}$/, 'must be a P-256 public key in base64url').optional()
    .describe('Web Push VAPID public key; unset: browser push is off'),
  VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a P-256 private key in base64url').optional().describe('Web Push VAPID private key'),
  VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/)/, 'must be a mailto: or https:// URL').default('mailto:ops@zhengcai.local'),
  STOREFRONT_URL: z.string().regex(/^https?:\/\//, 'must be an http(s):// URL').default('http://localhost:5173')
    .describe('Base URL of the storefront, for links in e-mail and push notices'),
  TENANT_ADMIN_URL: z.string().regex(/^https?:\/\//, 'must be an http(s):// URL').default('http://localhost:5174')
    .describe('Base URL of the tenant admin app, for links in e-mail and push notices'),
}).superRefine((c, ctx) => {
  if (!c.VAPID_PUBLIC_KEY !== !c.VAPID_PRIVATE_KEY) ctx.addIssue({ code: 'custom', path: ['VAPID_PRIVATE_KEY'], message: 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together' });
  // A random per-process key would log everyone out on each restart and differ between instances.
  if (c.NODE_ENV === 'production' && !c.JWT_SECRET) ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production' });
  if (c.NODE_ENV === 'production' && !c.PAYMENT_SECRETS_KEY) ctx.addIssue({ code: 'custom', path: ['PAYMENT_SECRETS_KEY'], message: 'is required in production' });
  if (c.SEARCH_ENGINE === 'meilisearch' && !c.MEILISEARCH_URL) ctx.addIssue({ code: 'custom', path: ['MEILISEARCH_URL'], message: 'is required when SEARCH_ENGINE is meilisearch' });
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function isSecret(key: string): boolean {
  return SECRET_KEYS.has(key);
}

/** Validates the environment; every problem is reported at once, naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '?');
    const missing = env[key] === undefined || env[key] === '';
    if (missing) return `${key} is required (${configSchema.shape[key as keyof typeof configSchema.shape]?.description ?? 'see README'})`;
    const shown = isSecret(key) ? '(secret value hidden)' : JSON.stringify(env[key]);
    return `${key} ${shown}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

/** The configuration with secrets masked, for start-up logs. */
export function redactConfig(config: AppConfig): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([k, v]) => [k, isSecret(k) && v !== undefined ? '***' : v]),
  );
}
