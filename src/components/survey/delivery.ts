/**
 * The sending half of the survey, loaded only when a survey has an `endpoint` (on connect, to
 * resume and count what is waiting) or is sent: the durable outbox, IndexedDB (idb) and the HTTP
 * client stay out of pages that only render a form or hand the response to a host `<form>`.
 */
import { Outbox } from '../../data/outbox.js';
import { DataSourceError } from '../../data/errors.js';

/** Outboxes shared by every survey on the page, one per database. */
const sharedOutboxes = new Map<string, Outbox>();

export function sharedOutbox(dbName: string): Outbox {
  let shared = sharedOutboxes.get(dbName);
  if (!shared) {
    shared = new Outbox({ dbName });
    sharedOutboxes.set(dbName, shared);
  }
  return shared;
}

/** The `error` of an `ansinh-failed` detail, for whatever an enqueue threw. */
export function errorDetail(error: unknown): { code: string; status?: number; message: { vi: string; en: string } } {
  if (error instanceof DataSourceError) {
    return { code: error.code, ...(error.status !== undefined ? { status: error.status } : {}), message: error.localized };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { code: 'unknown', message: { vi: text, en: text } };
}
