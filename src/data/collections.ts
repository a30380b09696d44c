import { DataSourceError } from './errors.js';
import { newId } from './ids.js';

/** The collections a local DataSource keeps, one per kind of contract record. */
export const COLLECTIONS = [
  'residents',
  'carePlans',
  'surveys',
  'surveyResponses',
  'ledgerEntries',
  'datasets',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Collections written by appending (the caller's record may not have an id yet). */
const APPEND_ONLY: ReadonlySet<Collection> = new Set(['surveyResponses', 'ledgerEntries']);

/** A collection in seed data: an array of records with ids, or a map / object keyed by id. */
export type SeedCollection = readonly unknown[] | ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;

/** Initial data for MemorySource and IndexedDbSource (e.g. the demo's residents and surveys). */
export type SeedData = { [C in Collection]?: SeedCollection } & {
  drafts?: ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;
};

/**
 * How a local source finds a record's id and a survey response's survey. The contract is
 * validated at the component boundary, so sources stay generic; these defaults read the usual
 * fields and a portal with other field names passes its own.
 */
export interface RecordKeys {
  idOf(collection: Collection, value: unknown): string | undefined;
  surveyIdOf(response: unknown): string | undefined;
}

export const defaultRecordKeys: RecordKeys = {
  idOf: (_collection, value) => stringField(value, 'id'),
  surveyIdOf: (response) =>
    stringField(response, 'definitionId') ??
    stringField(response, 'surveyId') ??
    stringField(response, 'questionnaire') ??
    stringField((response as { survey?: unknown } | null)?.survey, 'id'),
};

function stringField(value: unknown, key: string): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** The id a record is stored under: its own, or a fresh one for appended records. */
export function keyFor(collection: Collection, value: unknown, keys: RecordKeys, source: string): string {
  const id = keys.idOf(collection, value);
  if (id !== undefined) return id;
  if (APPEND_ONLY.has(collection)) return newId();
  throw new DataSourceError({ code: 'missing_id', source, detail: `A ${collection} record needs an id.` });
}

/** Seed entries as [id, value] pairs in their given order. */
export function seedEntries(
  collection: Collection,
  seed: SeedCollection,
  keys: RecordKeys,
  source: string,
): [string, unknown][] {
  if (Array.isArray(seed)) return (seed as unknown[]).map((v) => [keyFor(collection, v, keys, source), v]);
  if (seed instanceof Map) return [...(seed as ReadonlyMap<string, unknown>).entries()];
  return Object.entries(seed as Record<string, unknown>);
}

export function draftEntries(drafts: SeedData['drafts']): [string, unknown][] {
  if (!drafts) return [];
  return drafts instanceof Map ? [...drafts.entries()] : Object.entries(drafts);
}

/**
 * A deep copy, so callers never share objects with the store. structuredClone keeps Dates, Maps
 * and typed arrays; values it cannot copy (functions, DOM nodes) fail as a storage error.
 */
export function copy<T>(value: T, source: string): T {
  try {
    return structuredClone(value);
  } catch (cause) {
    throw new DataSourceError({
      code: 'invalid_request',
      source,
      detail: cause instanceof Error ? cause.message : String(cause),
      cause,
    });
  }
}
