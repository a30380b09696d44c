import type { DataSource } from '../../data/source.js';

/**
 * Where unfinished work (survey answers, care-plan edits) is kept between visits: the provider's
 * DataSource when it keeps drafts, else this device's IndexedDB. One store for every element.
 */
export interface DraftStore {
  save(key: string, value: unknown): Promise<void>;
  load(key: string): Promise<unknown>;
  clear(key: string): Promise<void>;
}

/** The provider's DataSource when it keeps drafts. */
export function sourceDrafts(source: DataSource): DraftStore | undefined {
  if (!source.saveDraft || !source.loadDraft || !source.clearDraft) return undefined;
  return {
    save: (k, v) => source.saveDraft!(k, v),
    load: (k) => source.loadDraft!(k),
    clear: (k) => source.clearDraft!(k),
  };
}

const local = new Map<string, DraftStore>();

/**
 * Drafts in this device's IndexedDB (the `drafts` store of an IndexedDbSource's database), for an
 * element used without a provider. One store per database name. IndexedDB (idb and the database
 * schema) loads with the first draft read or write, not with the element: a form that is only
 * looked at never pays for it.
 */
export function localDrafts(dbName = 'ansinh'): DraftStore {
  const known = local.get(dbName);
  if (known) return known;
  let source: Promise<DataSource> | undefined;
  const open = () =>
    (source ??= import('../../data/indexeddb-source.js').then(({ IndexedDbSource }) => new IndexedDbSource({ dbName })));
  const store: DraftStore = {
    save: async (key, value) => (await open()).saveDraft!(key, value),
    load: async (key) => (await open()).loadDraft!(key),
    clear: async (key) => (await open()).clearDraft!(key),
  };
  local.set(dbName, store);
  return store;
}

/** The drafts an element uses: its provider's source when it keeps drafts, else IndexedDB. */
export function draftStoreFor(source: DataSource | undefined, dbName?: string): DraftStore {
  return (source && sourceDrafts(source)) || localDrafts(dbName);
}
