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
 */
export interface RequestOptions {
  signal?: AbortSignal;
}

export interface WriteOptions extends RequestOptions {
  /** Sent with every write so a retried request is applied once. */
  idempotencyKey?: string;
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
  listLedgerEntries?(options?: RequestOptions): Promise<unknown[]>;
  appendLedgerEntry?(entry: unknown, options?: WriteOptions): Promise<unknown>;
  getDataset?(id: string, options?: RequestOptions): Promise<unknown | undefined>;
  /** Drafts (care plans, survey answers) kept between visits. */
  saveDraft?(key: string, value: unknown): Promise<void>;
  loadDraft?(key: string): Promise<unknown | undefined>;
  clearDraft?(key: string): Promise<void>;
}
