/**
 * The one id generator for element internals: ids that tie a label, a hint or an error message to
 * its control inside one shadow root (`aria-labelledby`, `aria-describedby`). Unique in the page
 * (so they stay unique when a part is slotted or moved), short, and stable for one instance.
 *
 * Record ids and idempotency keys are UUIDs from `newId()` in `data/ids.ts`, re-exported here so an
 * element imports every kind of id from one place.
 */
export { newId } from '../../data/ids.js';

let counter = 0;

/** A fresh id for a DOM node, e.g. `ansinh-field-12`. */
export function domId(prefix = 'ansinh'): string {
  counter += 1;
  return `${prefix}-${counter.toString(36)}`;
}
