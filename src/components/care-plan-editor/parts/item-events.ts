/**
 * The events a goal or activity row sends to its editor. They are internal (they bubble inside
 * the editor's shadow root only and are not in `HTMLElementEventMap`), so each is its own class:
 * the editor recognises them with `instanceof`, which also types their `detail`, and ignores any
 * other event that happens to share the name.
 */
import type { Path } from '../model.js';

/** Which list of the plan a row belongs to. */
export type ItemCollection = 'goals' | 'activities';

/** `detail` of `plan-edit`: a field of the row changed. */
export interface EditDetail {
  path: Path;
  value: unknown;
  /** Typing (merged into one undo step per field), not a one-off choice. */
  typing: boolean;
}

/** `detail` of `plan-move`: the row asks to move from one position to another. */
export interface MoveDetail {
  collection: ItemCollection;
  from: number;
  to: number;
  /** Which control had focus, to give it back after the move. */
  focus: 'handle' | 'up' | 'down';
}

/** `detail` of `plan-remove` and `plan-add-note`: which row. */
export interface ItemDetail {
  collection: ItemCollection;
  index: number;
}

/** Bubbles from the row to the editor; not composed, so it never leaves the editor. */
const INSIDE = { bubbles: true } as const;

export class PlanEditEvent extends CustomEvent<EditDetail> {
  static readonly type = 'plan-edit';
  constructor(detail: EditDetail) {
    super(PlanEditEvent.type, { ...INSIDE, detail });
  }
}

export class PlanMoveEvent extends CustomEvent<MoveDetail> {
  static readonly type = 'plan-move';
  constructor(detail: MoveDetail) {
    super(PlanMoveEvent.type, { ...INSIDE, detail });
  }
}

export class PlanRemoveEvent extends CustomEvent<ItemDetail> {
  static readonly type = 'plan-remove';
  constructor(detail: ItemDetail) {
    super(PlanRemoveEvent.type, { ...INSIDE, detail });
  }
}

export class PlanAddNoteEvent extends CustomEvent<ItemDetail> {
  static readonly type = 'plan-add-note';
  constructor(detail: ItemDetail) {
    super(PlanAddNoteEvent.type, { ...INSIDE, detail });
  }
}

/** One of the row event classes above: its name and its constructor. */
type ItemEventClass<D> = { readonly type: string } & (new (detail: D) => CustomEvent<D>);

/**
 * Listens on `target` for one kind of row event and hands its typed `detail` to `handle`.
 * `instanceof` narrows the event, so no listener needs a cast.
 */
export function onItemEvent<D>(target: EventTarget, kind: ItemEventClass<D>, handle: (detail: D) => void): void {
  target.addEventListener(kind.type, (e) => {
    if (e instanceof kind) handle(e.detail);
  });
}
