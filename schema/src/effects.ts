/**
 * What a business transaction records besides its own rows. Services queue these on the
 * transaction; the platform writes them in the same transaction, audit last.
 */
export interface AuditInput {
  /** Dotted verb naming what happened, e.g. `tenant.settings.update`. */
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId: string;
  /** The change itself (before/after, or the input): digested into the audit chain. */
  readonly change: unknown;
}

/** A domain event for the outbox; the relay turns it into a job. */
export interface DomainEventInput {
  readonly type: string;
  readonly payload: Record<string, unknown>;
}
