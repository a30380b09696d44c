import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { COLLECTIONS, type Collection } from './collections.js';
import type { OutboxItem } from './outbox-item.js';

/** Default IndexedDB database name shared by IndexedDbSource and Outbox. */
export const DEFAULT_DB_NAME = 'ansinh';

/**
 * Schema version. Bump it and add a step to `upgrade` (never edit an old step): a visitor's
 * browser may hold any older version and must be carried forward without losing drafts or queued
 * submissions.
 */
export const DB_VERSION = 1;

/** How a record sits in a collection store: the contract value untouched, plus what we index. */
export interface StoredRecord {
  id: string;
  /** Insertion order, so lists come back in the order they were seeded or appended. */
  seq: number;
  value: unknown;
  /** Survey responses only: the survey they answer, for `listSurveyResponses(surveyId)`. */
  surveyId?: string;
}

export interface AnsinhDB extends DBSchema {
  residents: { key: string; value: StoredRecord; indexes: { seq: number } };
  carePlans: { key: string; value: StoredRecord; indexes: { seq: number } };
  surveys: { key: string; value: StoredRecord; indexes: { seq: number } };
  surveyResponses: { key: string; value: StoredRecord; indexes: { seq: number; surveyId: string } };
  ledgerEntries: { key: string; value: StoredRecord; indexes: { seq: number } };
  datasets: { key: string; value: StoredRecord; indexes: { seq: number } };
  /** Unfinished care plans and survey answers, keyed by the caller's draft key. */
  drafts: { key: string; value: { value: unknown; savedAt: string } };
  /** Idempotency keys of writes already applied locally, so a repeated write is applied once. */
  applied: { key: string; value: { collection: Collection; id: string } };
  /** Bookkeeping, e.g. `seededAt` once demo data has been written. */
  meta: { key: string; value: unknown };
  /** Outbox: submissions waiting to be sent, in order. */
  outbox: {
    key: number;
    value: OutboxItem;
    indexes: { idempotencyKey: string; state: string };
  };
}

/**
 * Opens (creating or upgrading) the database. The connection closes itself when another tab
 * needs a newer version, so an upgrade is never blocked by an old tab; `onClose` lets the owner
 * reopen lazily on next use.
 */
export function openAnsinhDB(name: string, onClose: () => void): Promise<IDBPDatabase<AnsinhDB>> {
  let db: IDBPDatabase<AnsinhDB> | undefined;
  const opening = openDB<AnsinhDB>(name, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        for (const c of COLLECTIONS) database.createObjectStore(c, { keyPath: 'id' }).createIndex('seq', 'seq');
        tx.objectStore('surveyResponses').createIndex('surveyId', 'surveyId');
        database.createObjectStore('drafts');
        database.createObjectStore('applied');
        database.createObjectStore('meta');
        const outbox = database.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
        outbox.createIndex('idempotencyKey', 'idempotencyKey', { unique: true });
        outbox.createIndex('state', 'state');
      }
      // Future versions: `if (oldVersion < 2) { ... }`.
    },
    blocking() {
      db?.close();
      onClose();
    },
    terminated() {
      onClose();
    },
  });
  return opening.then((opened) => (db = opened));
}
