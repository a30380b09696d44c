/**
 * The shape of one queued submission as the outbox stores it in IndexedDB. Types only, in a module
 * of its own so the database schema (db.ts) and the outbox (outbox.ts) both use it without
 * importing each other.
 */
import type { SerializedDataSourceError } from './errors.js';

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

/** How the payload is sent: contract JSON, or a FHIR resource. */
export type OutboxFormat = 'json' | 'fhir';

/** One queued submission, as stored in IndexedDB. */
export interface OutboxItem {
  /** Position in the queue (IndexedDB key); items are sent in this order. */
  seq: number;
  endpoint: string;
  format: OutboxFormat;
  /** Sent as `Idempotency-Key` on every attempt, so the server applies the item once. */
  idempotencyKey: string;
  /** What will be sent. Removed once sent (unless `keepSentPayload`), to keep no personal data longer than needed. */
  payload?: unknown;
  state: OutboxState;
  /** Send attempts so far. */
  attempts: number;
  createdAt: string;
  updatedAt: string;
  sentAt?: string;
  /** A pending item waits until this time (epoch ms) after a failed attempt. */
  nextAttemptAt?: number;
  /** Why the last attempt failed (for `failed`: why it was given up). */
  error?: SerializedDataSourceError;
  /** The server's answer, when `keepSentPayload` is on. */
  response?: unknown;
  /** While `sending`: until when the sender owns it (a crashed tab's claim expires). */
  leaseUntil?: number;
  /** While `sending`: which Outbox instance owns it. */
  claimedBy?: string;
}
