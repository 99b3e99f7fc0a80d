import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/**
 * The audit chain hashes with SM3 (GB/T 32905-2016, Node's native `sm3`), the national
 * standard a Chinese finance department's auditors expect; the digests are 32 bytes,
 * stored as 64 lowercase hex characters.
 *
 * Canonical encoding (version 1): the SM3 input is a sequence of fields, each written as a
 * 4-byte big-endian length followed by that many UTF-8 bytes; a null field is the length
 * 0xFFFFFFFF with no bytes, so null and '' differ and no field can run into the next. In order:
 *   "zhengcai.audit.v1", tenant_id, id, actor_user_id, actor_organisation_id, action,
 *   subject_type, subject_id, change_digest, occurred_at, request_id, prev_hash
 * with UUIDs in lowercase hyphenated form (as PostgreSQL prints them), occurred_at as UTC
 * `YYYY-MM-DDTHH:MM:SS.ffffffZ` (microseconds, what timestamptz stores) and hashes as hex.
 * seq is not hashed: an entry's place is bound by prev_hash, and leaving seq out lets the
 * verifier tell a moved (intact) entry from an altered one.
 */
export const HASH_ALGORITHM = 'sm3';
const DOMAIN_TAG = 'zhengcai.audit.v1';
const NULL_LENGTH = 0xffffffff;

/** prev_hash of a tenant's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  readonly tenantId: string;
  readonly id: string;
  readonly actorUserId: string | null;
  readonly actorOrganisationId: string | null;
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly changeDigest: string;
  /** Canonical time text, see canonicalTime(). */
  readonly occurredAt: string;
  readonly requestId: string;
  readonly prevHash: string;
}

export function sm3Hex(data: string | Buffer): string {
  return createHash(HASH_ALGORITHM).update(data).digest('hex');
}

/** The bytes the entry hash is taken over; exported so the encoding can be tested and reproduced. */
export function encodeEntry(f: HashedFields): Buffer {
  const fields = [
    DOMAIN_TAG, f.tenantId, f.id, f.actorUserId, f.actorOrganisationId, f.action,
    f.subjectType, f.subjectId, f.changeDigest, f.occurredAt, f.requestId, f.prevHash,
  ];
  const parts: Buffer[] = [];
  for (const field of fields) {
    const length = Buffer.alloc(4);
    if (field === null) {
      length.writeUInt32BE(NULL_LENGTH);
      parts.push(length);
    } else {
      const bytes = Buffer.from(field, 'utf8');
      length.writeUInt32BE(bytes.length);
      parts.push(length, bytes);
    }
  }
  return Buffer.concat(parts);
}

export function entryHash(f: HashedFields): string {
  return sm3Hex(encodeEntry(f));
}

/** SM3 of the change's canonical JSON (see canonical-json.ts). */
export function changeDigest(change: unknown): string {
  return sm3Hex(canonicalJson(change));
}

/**
 * A Date as the canonical time text. A JS Date holds milliseconds, so the microseconds are
 * zero; the verifier reads the stored value back in the same form with to_char(…US…).
 */
export function canonicalTime(at: Date): string {
  return at.toISOString().replace(/Z$/, '000Z');
}

/** SQL that prints a timestamptz column in the canonical time form. */
export function canonicalTimeSql(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
