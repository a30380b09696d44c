import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftStore } from '../../base/controllers/drafts.js';
import { toLocalDateTime } from './state-machine.js';
import { draftKeyFor, isStoredDraft, toDraft, unsafeDataIssues, type DraftPlan, type StoredDraft } from './model.js';

/**
 * The plan's unsaved edits, kept between visits: written after each change (the element debounces
 * changes), offered back when the same plan is opened again and the kept draft differs from it,
 * cleared once the plan is saved. The store is the provider's DataSource when it keeps drafts,
 * else IndexedDB (base/controllers/drafts.ts). A draft that cannot be kept (private mode, storage
 * full) never stops editing.
 */
export class PlanDraftController implements ReactiveController {
  /** A kept draft that differs from the plan handed in, offered until restored or discarded. */
  offered: StoredDraft | undefined;
  /** When the last draft was kept (ISO date-time), or empty. */
  savedAt = '';
  #checked: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => DraftStore,
    /** The plan as it now stands, or undefined when there is none. */
    private readonly present: () => DraftPlan | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The key of the current plan's draft. */
  get key(): string {
    return draftKeyFor(this.present());
  }

  /** A new plan came in: nothing offered, and its draft is looked up again. */
  reset(): void {
    this.offered = undefined;
    this.#checked = undefined;
  }

  /** Keeps `plan` as the draft, or drops the draft when `plan` is what was saved (`unchanged`). */
  async keep(plan: DraftPlan, unchanged: boolean): Promise<void> {
    const store = this.store();
    const key = this.key;
    try {
      if (unchanged) {
        await store.clear(key);
        this.update('');
        return;
      }
      const savedAt = toLocalDateTime(new Date());
      await store.save(key, { plan, savedAt } satisfies StoredDraft);
      this.update(savedAt);
    } catch {
      // A draft that cannot be kept must not stop editing.
    }
  }

  /** Looks once per plan for a kept draft that differs from the plan; offers it if there is one. */
  async check(): Promise<void> {
    const key = this.key;
    const present = this.present();
    if (this.#checked === key || !present) return;
    this.#checked = key;
    let stored: unknown;
    try {
      stored = await this.store().load(key);
    } catch {
      return;
    }
    // A draft that is not plain data (tampered with, or from a broken version) is not offered.
    if (!isStoredDraft(stored) || unsafeDataIssues(stored.plan).length) return;
    const now = this.present();
    // Another plan may have come in while the store was read.
    if (key !== this.key || !now) return;
    if (JSON.stringify(stored.plan) === JSON.stringify(now)) return;
    this.offered = { plan: stored.plan, savedAt: stored.savedAt };
    this.host.requestUpdate();
  }

  /** The offered draft as a plan to edit (and no longer offered). */
  take(): DraftPlan | undefined {
    const draft = this.offered && toDraft(this.offered.plan);
    this.offered = undefined;
    this.host.requestUpdate();
    return draft;
  }

  /** Drops the offered draft, here and in the store. */
  async discard(): Promise<void> {
    this.offered = undefined;
    this.host.requestUpdate();
    try {
      await this.store().clear(this.key);
    } catch {
      // Nothing to do: the banner is gone, the draft will be overwritten by the next edit.
    }
  }

  /** The plan was saved: its draft goes. Throws when the store fails (the save reports it). */
  async clear(): Promise<void> {
    await this.store().clear(this.key);
    this.update('');
  }

  private update(savedAt: string): void {
    this.savedAt = savedAt;
    this.host.requestUpdate();
  }
}
