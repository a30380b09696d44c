/**
 * Where focus goes inside the editor: a goal or activity row by position, and the field a
 * contract issue is about (from the summary's links).
 */
import { pathKey, type Path } from '../model.js';
import type { ItemCollection } from './item-events.js';
import { AnsinhCarePlanActivity, AnsinhCarePlanGoal } from './items.js';

/** The row showing item `index` of `collection`, if it is rendered. */
export function rowAt(root: ParentNode, collection: ItemCollection, index: number): AnsinhCarePlanGoal | AnsinhCarePlanActivity | undefined {
  const row = root.querySelector(`[data-list="${collection}"] > [data-index="${index}"]`);
  return row instanceof AnsinhCarePlanGoal || row instanceof AnsinhCarePlanActivity ? row : undefined;
}

/**
 * Focuses the field at `path`: inside its row for goals and activities (which opens a closed
 * activity), else the editor's own field at the path, or the nearest one above or below it.
 */
export function focusField(root: ParentNode, path: Path): void {
  const [a, b] = path;
  if ((a === 'goals' || a === 'activities') && typeof b === 'number') {
    const row = rowAt(root, a, b);
    if (row) {
      row.scrollIntoView({ block: 'center' });
      row.focusPath(path);
      return;
    }
  }
  const fields = [...root.querySelectorAll<HTMLElement>('[data-path]')];
  const key = pathKey(path);
  const el =
    fields.find((f) => f.dataset.path === key) ??
    fields.find((f) => key.startsWith(`${f.dataset.path}.`) || f.dataset.path!.startsWith(`${key}.`));
  el?.focus();
}
