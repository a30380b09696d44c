import { DataSourceError, type SerializedDataSourceError } from './errors.js';
import { FHIR_JSON, ifNoneExist } from './fhir-write.js';
import type { HttpClient } from './http.js';
import type { OutboxItem } from './outbox-item.js';

/** Sends one item; resolves with the server's answer, rejects with a DataSourceError. */
export type OutboxTransport = (item: Readonly<OutboxItem>, signal: AbortSignal) => Promise<unknown>;

/** An error as the outbox stores it with an item. */
export function toSerialized(error: unknown): SerializedDataSourceError {
  if (error instanceof DataSourceError) return error.toJSON();
  return new DataSourceError({
    code: 'network',
    source: 'outbox',
    detail: error instanceof Error ? error.message : String(error),
  }).toJSON();
}

/**
 * The outbox's default transport: POST the payload as JSON with the item's Idempotency-Key; a
 * FHIR payload with the FHIR media type as a conditional create on its identifier (FHIR servers
 * ignore Idempotency-Key).
 */
export function defaultTransport(http: HttpClient): OutboxTransport {
  return async (item, signal) => {
    const fhir = item.format === 'fhir';
    const type = fhir ? FHIR_JSON : 'application/json';
    const condition = fhir ? ifNoneExist(item.payload) : undefined;
    const res = await http.request({
      method: 'POST',
      path: item.endpoint,
      body: item.payload,
      contentType: type,
      accept: type,
      idempotencyKey: item.idempotencyKey,
      ...(condition ? { headers: { 'If-None-Exist': condition } } : {}),
      signal,
    });
    return res?.body;
  };
}
