/**
 * Where components get data from and send it to. A component never fetches by itself: it asks the
 * DataSource of the nearest <ansinh-provider>, or uses data handed to it as a property.
 *
 * Every method is optional so a portal can implement only what its pages use; a component that
 * needs a missing method shows its error state instead of throwing.
 * Implementations: MemorySource, IndexedDbSource, RestSource, FhirSource (see src/data/).
 *
 * Rules every implementation keeps:
 * - A read of one record resolves `undefined` when there is no such record (never throws for that).
 * - Failures reject with `DataSourceError` (src/data/errors.ts): a stable `code`, the HTTP
 *   `status` if any, a message in Vietnamese and English, and `retryable`.
 * - Payloads are `unknown`: sources move contract JSON; components validate it where it enters.
 * - A write repeated with the same `idempotencyKey` is applied once.
 * - A record read from a versioned store carries its version (`versionOf(record)`); a write given
 *   that `version` replaces only that version, else rejects with `precondition_failed` (HTTP 412).
 */
export interface RequestOptions {
  signal?: AbortSignal;
}

export interface WriteOptions extends RequestOptions {
  /** Sent with every write so a retried request is applied once. */
  idempotencyKey?: string;
  /**
   * The version this write replaces (`versionOf()` of the record as read): REST sends it as
   * `If-Match`, FHIR as `If-Match: W/"versionId"`. Omit it to overwrite whatever is stored.
   */
  version?: string;
}

/** One page of a long list. */
export interface Page<T = unknown> {
  items: T[];
  /** Records in the whole list, when the server says. */
  total?: number;
}

/** Which ledger entries to read (all of them when empty). */
export interface LedgerQuery {
  fundId?: string;
  kind?: 'donation' | 'distribution' | 'correction';
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** Page size asked of the server. */
  limit?: number;
}

const versions = new WeakMap<object, string>();

/** Marks `record` as read at `version` (an ETag or a FHIR versionId); returns the record. */
export function withVersion<T>(record: T, version: string | null | undefined): T {
  if (version && record !== null && typeof record === 'object') versions.set(record, version);
  return record;
}

/** The version `record` was read at, when its source keeps versions. */
export function versionOf(record: unknown): string | undefined {
  return record !== null && typeof record === 'object' ? versions.get(record) : undefined;
}

export interface DataSource {
  /** Short name for error messages and logs, e.g. `memory`, `indexeddb`, `rest`, `fhir`. */
  readonly kind: string;
  getResident?(id: string, options?: RequestOptions): Promise<unknown | undefined>;
  listResidents?(options?: RequestOptions): Promise<unknown[]>;
  getCarePlan?(id: string, options?: RequestOptions): Promise<unknown | undefined>;
  saveCarePlan?(plan: unknown, options?: WriteOptions): Promise<unknown>;
  getSurveyDefinition?(id: string, options?: RequestOptions): Promise<unknown | undefined>;
  submitSurveyResponse?(response: unknown, options?: WriteOptions): Promise<unknown>;
  listSurveyResponses?(surveyId?: string, options?: RequestOptions): Promise<unknown[]>;
  listLedgerEntries?(options?: RequestOptions & LedgerQuery): Promise<unknown[]>;
  /** The ledger page by page (the element paints the first page at once). */
  pageLedgerEntries?(query?: LedgerQuery, options?: RequestOptions): AsyncIterable<Page>;
  appendLedgerEntry?(entry: unknown, options?: WriteOptions): Promise<unknown>;
  /** The latest published ledger disclosure; undefined when none. */
  getLedgerDisclosure?(options?: RequestOptions): Promise<unknown | undefined>;
  listFunds?(options?: RequestOptions): Promise<unknown[]>;
  getDataset?(id: string, options?: RequestOptions): Promise<unknown | undefined>;
  /** The allowance policy table in force; undefined when the portal keeps none. */
  getPolicyTable?(options?: RequestOptions): Promise<unknown | undefined>;
  /** Drafts (care plans, survey answers) kept between visits. */
  saveDraft?(key: string, value: unknown): Promise<void>;
  loadDraft?(key: string): Promise<unknown | undefined>;
  clearDraft?(key: string): Promise<void>;
}
