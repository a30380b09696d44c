import type { IDBPDatabase } from 'idb';
import type { AnsinhDB } from '../../data/db.js';
import type { DataSource } from '../../data/source.js';

/** Where unfinished answers are kept between visits. */
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

/**
 * Drafts in this device's IndexedDB (the `drafts` store of the ansinh database, shared with
 * IndexedDbSource), for a survey used without a provider.
 */
export function localDrafts(dbName = 'ansinh'): DraftStore {
  let db: Promise<IDBPDatabase<AnsinhDB>> | undefined;
  // IndexedDB (idb and the database schema) loads with the first draft read or write, not with
  // the element: a form that is only looked at never pays for it.
  const open = () =>
    (db ??= import('../../data/db.js').then(({ openAnsinhDB }) =>
      openAnsinhDB(dbName, () => {
        db = undefined;
      }),
    ));
  return {
    async save(key, value) {
      await (await open()).put('drafts', { value, savedAt: new Date().toISOString() }, key);
    },
    async load(key) {
      return (await (await open()).get('drafts', key))?.value;
    },
    async clear(key) {
      await (await open()).delete('drafts', key);
    },
  };
}

/** One draft per survey and version: answers to another version may not fit its items. */
export function draftKey(definition: { id: string; version: string }): string {
  return `survey:${definition.id}@${definition.version}`;
}
