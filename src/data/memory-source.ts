import {
  COLLECTIONS,
  copy,
  defaultRecordKeys,
  draftEntries,
  keyFor,
  seedEntries,
  type Collection,
  type RecordKeys,
  type SeedData,
} from './collections.js';
import { CollectionSource } from './collection-source.js';
import type { RequestOptions, WriteOptions } from './source.js';

export interface MemorySourceOptions {
  keys?: Partial<RecordKeys>;
}

/**
 * A DataSource held in memory: for stories, tests, and pages that hand ansinh their data once.
 * Everything going in and out is deep-copied, so neither the seed nor a returned object can
 * change what is stored. Lists keep insertion order. A write repeated with the same
 * idempotency key is applied once, like a well-behaved server.
 */
export class MemorySource extends CollectionSource {
  readonly kind = 'memory';
  private readonly keys: RecordKeys;
  private readonly initial: SeedData | undefined;
  private data = new Map<Collection, Map<string, unknown>>();
  private drafts = new Map<string, unknown>();
  private applied = new Map<string, { collection: Collection; id: string }>();

  constructor(seed?: SeedData, options: MemorySourceOptions = {}) {
    super();
    this.keys = { ...defaultRecordKeys, ...options.keys };
    this.initial = seed === undefined ? undefined : copy(seed, this.kind);
    this.seed(seed ?? {});
  }

  /** Replaces all data (drafts included) with the given seed. */
  seed(data: SeedData): void {
    const next = new Map<Collection, Map<string, unknown>>();
    for (const c of COLLECTIONS) {
      const entries = data[c] ? seedEntries(c, data[c], this.keys, this.kind) : [];
      next.set(c, new Map(entries.map(([id, v]) => [id, copy(v, this.kind)])));
    }
    this.data = next;
    this.drafts = new Map(draftEntries(data.drafts).map(([k, v]) => [k, copy(v, this.kind)]));
    this.applied = new Map();
  }

  /** Back to the data given to the constructor. */
  reset(): void {
    this.seed(this.initial ?? {});
  }

  async saveDraft(key: string, value: unknown): Promise<void> {
    this.drafts.set(key, copy(value, this.kind));
  }
  async loadDraft(key: string): Promise<unknown> {
    return this.drafts.has(key) ? copy(this.drafts.get(key), this.kind) : undefined;
  }
  async clearDraft(key: string): Promise<void> {
    this.drafts.delete(key);
  }

  private store(c: Collection): Map<string, unknown> {
    let s = this.data.get(c);
    if (!s) this.data.set(c, (s = new Map()));
    return s;
  }

  protected async get(c: Collection, id: string, options?: RequestOptions): Promise<unknown> {
    this.checkSignal(options);
    const value = this.store(c).get(id);
    return value === undefined ? undefined : copy(value, this.kind);
  }

  protected async list(c: Collection, surveyId: string | undefined, options?: RequestOptions): Promise<unknown[]> {
    this.checkSignal(options);
    const all = [...this.store(c).values()];
    const chosen = surveyId === undefined ? all : all.filter((r) => this.keys.surveyIdOf(r) === surveyId);
    return chosen.map((v) => copy(v, this.kind));
  }

  protected async put(c: Collection, value: unknown, options?: WriteOptions): Promise<unknown> {
    this.checkSignal(options);
    const key = options?.idempotencyKey;
    const done = key === undefined ? undefined : this.applied.get(key);
    if (done) return copy(this.store(done.collection).get(done.id), this.kind);
    const stored = copy(value, this.kind);
    const id = keyFor(c, stored, this.keys, this.kind);
    this.store(c).set(id, stored);
    if (key !== undefined) this.applied.set(key, { collection: c, id });
    return copy(stored, this.kind);
  }
}
