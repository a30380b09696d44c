/**
 * The keyboard pattern of every one-dimensional composite in ansinh (chart points, reorderable
 * rows, option lists): which index a key moves to, following the WAI-ARIA Authoring Practices
 * (arrows step, Home and End jump to the ends, Page Up and Page Down step by a tenth). Pure, so
 * every element moves the same way and one test covers it.
 */
export type Orientation = 'horizontal' | 'vertical' | 'both';

export interface MoveOptions {
  /** Which arrows step: left/right, up/down, or both (default). */
  orientation?: Orientation;
  /** Steps for Page Up / Page Down (default a tenth of the items, at least 1); 0 turns them off. */
  page?: number;
  /** Wrap from the last item to the first and back (default false: stop at the ends). */
  wrap?: boolean;
}

/**
 * The index `key` moves to from `index` among `count` items, or `undefined` when the key is not
 * part of the pattern (the caller then leaves the event alone).
 */
export function moveIndex(key: string, index: number, count: number, options: MoveOptions = {}): number | undefined {
  if (count <= 0) return undefined;
  const orientation = options.orientation ?? 'both';
  const page = options.page ?? Math.max(1, Math.round(count / 10));
  const horizontal = orientation !== 'vertical';
  const vertical = orientation !== 'horizontal';
  let step: number;
  switch (key) {
    case 'ArrowRight':
      if (!horizontal) return undefined;
      step = 1;
      break;
    case 'ArrowLeft':
      if (!horizontal) return undefined;
      step = -1;
      break;
    case 'ArrowDown':
      if (!vertical) return undefined;
      step = 1;
      break;
    case 'ArrowUp':
      if (!vertical) return undefined;
      step = -1;
      break;
    case 'PageDown':
      if (!page) return undefined;
      step = page;
      break;
    case 'PageUp':
      if (!page) return undefined;
      step = -page;
      break;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
  const to = index + step;
  if (options.wrap) return ((to % count) + count) % count;
  return Math.min(count - 1, Math.max(0, to));
}
