import type { IDBPDatabase } from 'idb';
import {
  COLLECTIONS,
  defaultRecordKeys,
  draftEntries,
  keyFor,
  seedEntries,
  type Collection,
  type RecordKeys,
  type SeedData,
} from './collections.js';
import { DEFAULT_DB_NAME, openAnsinhDB, type AnsinhDB, type StoredRecord } from './db.js';
import { storageError } from './errors.js';
import type { RequestOptions, WriteOptions } from './source.js';
import { CollectionSource } from './collection-source.js';

export interface IndexedDbSourceOptions {
  /** IndexedDB database name. Default `ansinh`. */
  dbName?: string;
  /**
   * Data written the first time this database is used (e.g. the demo's residents), and again by
   * `reset()`. Never written over data that is already there.
   */
  seed?: SeedData;
  keys?: Partial<RecordKeys>;
}

const SEEDED = 'seededAt';

/**
 * A DataSource kept in the browser's IndexedDB: survives reloads and visits, works offline.
 * Records are stored as given (the browser's structured clone makes every read a fresh copy),
 * lists keep insertion order, and a write repeated with the same idempotency key is applied once.
 */
export class IndexedDbSource extends CollectionSource {
  readonly kind = 'indexeddb';
  readonly dbName: string;
  private readonly keys: RecordKeys;
  private readonly initial: SeedData | undefined;
  private connection: Promise<IDBPDatabase<AnsinhDB>> | undefined;
  private firstUse: Promise<void> | undefined;

  constructor(options: IndexedDbSourceOptions = {}) {
    super();
    this.dbName = options.dbName ?? DEFAULT_DB_NAME;
    this.keys = { ...defaultRecordKeys, ...options.keys };
    this.initial = options.seed;
  }

  /** Replaces every collection and all drafts with `data`, in one transaction. */
  async seed(data: SeedData): Promise<void> {
    await this.guard(async () => {
      const db = await this.open();
      // Work out keys before the transaction: a missing id must fail before anything is cleared.
      const rows = COLLECTIONS.map((c) => [c, data[c] ? seedEntries(c, data[c], this.keys, this.kind) : []] as const);
      const drafts = draftEntries(data.drafts);
      const tx = db.transaction([...COLLECTIONS, 'drafts', 'applied', 'meta'], 'readwrite');
      const writes: Promise<unknown>[] = [];
      for (const [c, entries] of rows) {
        const store = tx.objectStore(c);
        writes.push(store.clear());
        entries.forEach(([id, value], seq) => writes.push(store.put(this.record(c, id, seq, value))));
      }
      writes.push(tx.objectStore('drafts').clear(), tx.objectStore('applied').clear());
      const savedAt = new Date().toISOString();
      for (const [key, value] of drafts) writes.push(tx.objectStore('drafts').put({ value, savedAt }, key));
      writes.push(tx.objectStore('meta').put(savedAt, SEEDED));
      await Promise.all([...writes, tx.done]);
    });
  }

  /** "Reset demo data": back to the constructor's seed, or empty. Queued submissions are kept. */
  reset(): Promise<void> {
    return this.seed(this.initial ?? {});
  }

  /** Closes the connection; the next call reopens it. */
  async close(): Promise<void> {
    const c = this.connection;
    this.connection = undefined;
    this.firstUse = undefined;
    if (c) (await c.catch(() => undefined))?.close();
  }

  saveDraft(key: string, value: unknown): Promise<void> {
    return this.guard(async () => {
      await (await this.ready()).put('drafts', { value, savedAt: new Date().toISOString() }, key);
    });
  }
  loadDraft(key: string): Promise<unknown> {
    return this.guard(async () => (await (await this.ready()).get('drafts', key))?.value);
  }
  clearDraft(key: string): Promise<void> {
    return this.guard(async () => {
      await (await this.ready()).delete('drafts', key);
    });
  }

  private record(c: Collection, id: string, seq: number, value: unknown): StoredRecord {
    const rec: StoredRecord = { id, seq, value };
    if (c === 'surveyResponses') {
      const surveyId = this.keys.surveyIdOf(value);
      if (surveyId !== undefined) rec.surveyId = surveyId;
    }
    return rec;
  }

  private open(): Promise<IDBPDatabase<AnsinhDB>> {
    this.connection ??= openAnsinhDB(this.dbName, () => {
      this.connection = undefined;
    });
    return this.connection;
  }

  /** The open database, with the constructor's seed written if this database never had one. */
  private async ready(): Promise<IDBPDatabase<AnsinhDB>> {
    const db = await this.open();
    if (this.initial) {
      this.firstUse ??= (async () => {
        if ((await db.get('meta', SEEDED)) === undefined) await this.seed(this.initial!);
      })();
      await this.firstUse;
    }
    return this.open();
  }

  protected async get(c: Collection, id: string, options?: RequestOptions): Promise<unknown> {
    return this.guard(async () => {
      this.checkSignal(options);
      return (await (await this.ready()).get(c, id))?.value;
    });
  }

  protected async list(c: Collection, surveyId: string | undefined, options?: RequestOptions): Promise<unknown[]> {
    return this.guard(async () => {
      this.checkSignal(options);
      const db = await this.ready();
      const rows =
        surveyId !== undefined && c === 'surveyResponses'
          ? await db.getAllFromIndex('surveyResponses', 'surveyId', surveyId)
          : await db.getAllFromIndex(c, 'seq');
      return rows.sort((a, b) => a.seq - b.seq).map((r) => r.value);
    });
  }

  protected async put(c: Collection, value: unknown, options?: WriteOptions): Promise<unknown> {
    return this.guard(async () => {
      this.checkSignal(options);
      const db = await this.ready();
      const key = options?.idempotencyKey;
      const id = keyFor(c, value, this.keys, this.kind);
      const tx = db.transaction([c, 'applied'], 'readwrite');
      const store = tx.objectStore(c);
      const done = key === undefined ? undefined : await tx.objectStore('applied').get(key);
      if (done) {
        await tx.done;
        return (await db.get(done.collection, done.id))?.value;
      }
      const existing = await store.get(id);
      const last = existing ? undefined : await store.index('seq').openCursor(null, 'prev');
      const seq = existing?.seq ?? (last ? last.value.seq + 1 : 0);
      await store.put(this.record(c, id, seq, value));
      if (key !== undefined) await tx.objectStore('applied').put({ collection: c, id }, key);
      await tx.done;
      return (await db.get(c, id))?.value;
    });
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw storageError(this.kind, e);
    }
  }
}
