/**
 * The next event `name` from an ansinh element, typed by that element's own event map, so a test
 * reads `detail` exactly as a portal would (no cast). Replaces `oneEvent()` from @open-wc/testing,
 * whose events are untyped.
 */
export function nextEvent<M, K extends keyof M & string>(
  el: { addEventListener(type: K, listener: (ev: M[K]) => unknown, options?: AddEventListenerOptions): void },
  name: K,
): Promise<M[K]> {
  return new Promise((resolve) => el.addEventListener(name, (ev) => resolve(ev), { once: true }));
}
