export type { DataSource, LedgerQuery, Page, RequestOptions, WriteOptions } from './source.js';
export { versionOf, withVersion } from './source.js';
export { DataSourceError } from './errors.js';
export type { DataSourceErrorCode, DataSourceErrorInit, SerializedDataSourceError } from './errors.js';
export type { Collection, RecordKeys, SeedCollection, SeedData } from './collections.js';
export type { RetryPolicy } from './http.js';
export { MemorySource } from './memory-source.js';
export type { MemorySourceOptions } from './memory-source.js';
export { IndexedDbSource } from './indexeddb-source.js';
export type { IndexedDbSourceOptions } from './indexeddb-source.js';
export { RestSource } from './rest-source.js';
export type { RestSourceOptions } from './rest-source.js';
export { FhirSource, FhirClient } from './fhir-source.js';
export type { FhirBundle, FhirClientOptions, FhirPage, FhirResource, FhirSourceOptions, FhirUpdateOptions } from './fhir-source.js';
export { combineSources } from './combine.js';
export type { CombinedSources } from './combine.js';
export { Outbox } from './outbox.js';
export type {
  EnqueueOptions,
  OutboxEventMap,
  OutboxFlushResult,
  OutboxFormat,
  OutboxItem,
  OutboxOptions,
  OutboxState,
  OutboxTransport,
} from './outbox.js';
export { newId } from './ids.js';
