import { sendKeys } from '@web/test-runner-commands';

/** The focused element, looking through open shadow roots. */
export function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** A short description of an element for assertion messages (never the element itself). */
export function describeEl(el: Element | null): string {
  if (!el) return 'nothing';
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}>${text ? ` "${text}"` : ''}`;
}

/** The element and its ancestors, crossing shadow roots to their hosts. */
function* upwards(el: Element, steps: number): Generator<Element> {
  let at: Element | null = el;
  for (let i = 0; at && i <= steps; i++) {
    yield at;
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
}

/** Date and time fields: typed into part by part, one Tab per part. */
const segmentedTypes = ['date', 'time', 'datetime-local', 'month', 'week'];

/**
 * Whether keyboard focus on `el` can be seen: it is focused from the keyboard (:focus-visible, or
 * any focus for a date or time field, which WebKit never marks :focus-visible), and it or a near
 * ancestor (a field's frame, a button's host) draws an outline or a box shadow.
 */
export function focusShown(el: Element): boolean {
  const segmented = el instanceof HTMLInputElement && segmentedTypes.includes(el.type);
  if (!el.matches(segmented ? ':focus' : ':focus-visible')) return false;
  for (const at of upwards(el, 3)) {
    const s = getComputedStyle(at);
    if ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none') return true;
  }
  return false;
}

/**
 * Presses Tab until the focused element satisfies `found`, checking at every step that focus
 * moved (no trap) and can be seen. Returns the element reached.
 */
export async function tabUntil(found: (el: Element) => boolean, what: string, max = 80): Promise<HTMLElement> {
  let previous: Element | null = deepActive();
  for (let i = 1; i <= max; i++) {
    await sendKeys({ press: 'Tab' });
    // A person never presses Tab twice within a frame: what focus scrolled into view (the rows
    // of a virtualised list) is rendered before the next press.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const el = deepActive();
    if (!el || el === document.body) throw new Error(`Tab ${i} left the element before reaching ${what} (after ${describeEl(previous)})`);
    // A date or time field takes one Tab per part (day, month, year): the same element, not a trap.
    const segmented = el instanceof HTMLInputElement && segmentedTypes.includes(el.type);
    if (el === previous && !segmented) throw new Error(`Tab ${i} did not move focus from ${describeEl(el)}: a trap`);
    // Inside such a field the browser marks the part in focus (its own shadow tree, not ours).
    if (el === previous) continue;
    if (!focusShown(el)) throw new Error(`Tab ${i}: focus on ${describeEl(el)} is not visible (after ${describeEl(previous)})`);
    if (found(el)) return el as HTMLElement;
    previous = el;
  }
  throw new Error(`${what} not reached in ${max} presses of Tab`);
}
