import type { ReactiveController, ReactiveElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { dataSourceContext } from '../../base/context.js';
import { draftStoreFor, type DraftStore } from '../../base/controllers/drafts.js';
import type { DataSource } from '../../data/source.js';
import type { SurveyDefinition } from '../../contract/survey.js';
import { draftKey, isDraft, type Draft } from './model.js';

/** What the controller reads from the survey. */
export interface DraftHost extends ReactiveElement {
  readonly noDraft: boolean;
  readonly dbName: string;
}

/** The survey's state a draft is made of; `keep` is false once the form is sent (nothing left to keep). */
export interface DraftSnapshot {
  definition: SurveyDefinition | undefined;
  draft: Draft;
  keep: boolean;
}

/** Quiet time after the last answer before the draft is written. */
const SAVE_AFTER_MS = 300;

/**
 * Unfinished answers of one survey, kept on the device: written a moment after the respondent
 * stops answering and when the survey leaves the page, read back when its definition arrives,
 * cleared after sending. The store is the provider's DataSource when it keeps drafts, else
 * IndexedDB (base/controllers/drafts.ts); `no-draft` turns all of it off.
 */
export class DraftController implements ReactiveController {
  #source?: DataSource | undefined;
  #store?: DraftStore | undefined;
  #timer?: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: DraftHost,
    private readonly snapshot: () => DraftSnapshot,
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: dataSourceContext,
      subscribe: true,
      callback: (source) => {
        this.#source = source;
        this.#store = undefined;
      },
    });
  }

  hostDisconnected(): void {
    this.flush();
  }

  /** Writes the draft shortly, once answering pauses. */
  schedule(): void {
    if (this.host.noDraft || !this.snapshot().definition) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), SAVE_AFTER_MS);
  }

  /** Writes a pending draft now (also when the element leaves the page). */
  flush(): void {
    if (this.#timer === undefined) return;
    this.cancel();
    const { definition, draft, keep } = this.snapshot();
    if (!definition || this.host.noDraft || !keep) return;
    this.store()
      .save(draftKey(definition), draft)
      .catch(() => undefined); // Private browsing without IndexedDB: the form still works.
  }

  /** Writes the draft now and resolves once it is stored. */
  async saveNow(): Promise<void> {
    this.cancel();
    const { definition, draft } = this.snapshot();
    if (!definition || this.host.noDraft) return;
    await this.store().save(draftKey(definition), draft);
  }

  /** The draft kept for this definition, or undefined (none, unreadable, or drafts off). */
  async load(definition: SurveyDefinition): Promise<Draft | undefined> {
    if (this.host.noDraft) return undefined;
    try {
      const saved = await this.store().load(draftKey(definition));
      return isDraft(saved) ? saved : undefined;
    } catch {
      return undefined;
    }
  }

  /** Forgets the draft (after sending or a reset): the next respondent must not see these answers. */
  async discard(): Promise<void> {
    this.cancel();
    const { definition } = this.snapshot();
    if (!definition || this.host.noDraft) return;
    await this.store()
      .clear(draftKey(definition))
      .catch(() => undefined);
  }

  private cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  private store(): DraftStore {
    this.#store ??= draftStoreFor(this.#source, this.host.dbName);
    return this.#store;
  }
}
