import type { Collection } from './collections.js';
import { DataSourceError } from './errors.js';
import type { DataSource, RequestOptions, WriteOptions } from './source.js';

/**
 * What the sources that keep records on this device (memory, IndexedDB) have in common: every
 * DataSource method is a read, a list or a write of one collection. A subclass stores; this class
 * maps the DataSource interface onto its three operations once, so the two local sources cannot
 * drift apart.
 */
export abstract class CollectionSource implements DataSource {
  abstract readonly kind: string;

  /** One record by id, or undefined. */
  protected abstract get(c: Collection, id: string, options?: RequestOptions): Promise<unknown>;
  /** Every record of a collection in insertion order; survey responses of one survey when `surveyId` is set. */
  protected abstract list(c: Collection, surveyId: string | undefined, options?: RequestOptions): Promise<unknown[]>;
  /** Stores a record (a write repeated with the same idempotency key is applied once). */
  protected abstract put(c: Collection, value: unknown, options?: WriteOptions): Promise<unknown>;

  getResident(id: string, options?: RequestOptions): Promise<unknown> {
    return this.get('residents', id, options);
  }
  listResidents(options?: RequestOptions): Promise<unknown[]> {
    return this.list('residents', undefined, options);
  }
  getCarePlan(id: string, options?: RequestOptions): Promise<unknown> {
    return this.get('carePlans', id, options);
  }
  saveCarePlan(plan: unknown, options?: WriteOptions): Promise<unknown> {
    return this.put('carePlans', plan, options);
  }
  getSurveyDefinition(id: string, options?: RequestOptions): Promise<unknown> {
    return this.get('surveys', id, options);
  }
  submitSurveyResponse(response: unknown, options?: WriteOptions): Promise<unknown> {
    return this.put('surveyResponses', response, options);
  }
  listSurveyResponses(surveyId?: string, options?: RequestOptions): Promise<unknown[]> {
    return this.list('surveyResponses', surveyId, options);
  }
  listLedgerEntries(options?: RequestOptions): Promise<unknown[]> {
    return this.list('ledgerEntries', undefined, options);
  }
  appendLedgerEntry(entry: unknown, options?: WriteOptions): Promise<unknown> {
    return this.put('ledgerEntries', entry, options);
  }
  getDataset(id: string, options?: RequestOptions): Promise<unknown> {
    return this.get('datasets', id, options);
  }

  /** Throws the `aborted` DataSourceError when the caller's signal has fired. */
  protected checkSignal(options?: RequestOptions): void {
    if (options?.signal?.aborted) {
      throw new DataSourceError({ code: 'aborted', source: this.kind, cause: options.signal.reason });
    }
  }
}
