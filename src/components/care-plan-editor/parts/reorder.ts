/**
 * Reordering goals and activities with a pointer: the row's drag handle captures the pointer,
 * the row under it shows where the dragged one would drop (`data-drop="before|after"`), and
 * letting go asks for the move. Keyboard and buttons move rows through the rows themselves.
 */
import { AnsinhCarePlanActivity, AnsinhCarePlanGoal } from './items.js';
import type { MoveDetail } from './item-events.js';

/** Starts a drag when `e` is a primary-button press on a row's handle; otherwise does nothing. */
export function startPointerReorder(e: PointerEvent, root: ParentNode, move: (d: MoveDetail) => void): void {
  const handle = e.composedPath()[0];
  if (!(handle instanceof HTMLElement) || handle.dataset.control !== 'handle' || e.button !== 0) return;
  const row = e
    .composedPath()
    .find((n): n is AnsinhCarePlanGoal | AnsinhCarePlanActivity => n instanceof AnsinhCarePlanGoal || n instanceof AnsinhCarePlanActivity);
  if (!row) return;
  e.preventDefault();
  const collection = row.collection;
  const from = row.index;
  try {
    handle.setPointerCapture?.(e.pointerId);
  } catch {
    // A pointer that is no longer active (Firefox refuses it): the drag follows the handle's own events.
  }
  row.toggleAttribute('data-dragging', true);
  const rows = () => [...root.querySelectorAll<HTMLElement>(`[data-list="${collection}"] > [data-index]`)];
  let target = from;
  const onMove = (ev: PointerEvent) => {
    const all = rows();
    target = all.length - 1;
    for (let i = 0; i < all.length; i++) {
      const r = all[i]!.getBoundingClientRect();
      if (ev.clientY < r.top + r.height / 2) {
        target = i > from ? i - 1 : i;
        break;
      }
    }
    all.forEach((r, i) => {
      if (i === target && target !== from) r.dataset.drop = target < from ? 'before' : 'after';
      else delete r.dataset.drop;
    });
  };
  const onUp = () => {
    handle.removeEventListener('pointermove', onMove);
    handle.removeEventListener('pointerup', onUp);
    handle.removeEventListener('pointercancel', onCancel);
    row.removeAttribute('data-dragging');
    rows().forEach((r) => delete r.dataset.drop);
    if (target !== from) move({ collection, from, to: target, focus: 'handle' });
  };
  const onCancel = () => {
    target = from;
    onUp();
  };
  handle.addEventListener('pointermove', onMove);
  handle.addEventListener('pointerup', onUp);
  handle.addEventListener('pointercancel', onCancel);
}
