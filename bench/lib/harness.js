// Shared helpers for the benchmark pages under bench/. Each page imports ansinh's built modules
// from the dist directory named by `?dist=` (default /dist, i.e. the output of `npm run build`),
// measures one thing, and publishes it as `window.tachometerResult`, which tachometer polls for
// (measurement mode "expression"): one number, or an object of named numbers when the row lists
// `measures` (scripts/bench/benchmarks.js).
//
// "Done" means the same on every page and for every library: the result is on screen. A timed
// section ends with `await painted()`: the frame after the last change has been painted. Work
// that never waits for a frame (per-answer processing) is timed to "rendered and laid out" and
// whether each result made the next frame is counted apart (`frameClock`).

/** Base URL of the built library, e.g. "/dist". Only same-origin absolute paths are accepted. */
export const dist = (() => {
  const raw = new URLSearchParams(location.search).get('dist') ?? '/dist';
  if (!/^\/[\w./-]*$/.test(raw) || raw.includes('..')) throw new Error(`Bad ?dist=${raw}`);
  return raw.replace(/\/$/, '');
})();

/** A query parameter, or the fallback. */
export function param(name, fallback) {
  return new URLSearchParams(location.search).get(name) ?? fallback;
}

/** Imports a module of the built library by its path inside dist/ (e.g. "define/button.js"). */
export function importDist(path) {
  return import(`${dist}/${path}`);
}

/** Registers a class under a tag unless something already owns the tag. */
export function define(tag, ctor) {
  if (customElements.get(tag)) return;
  if (typeof ctor.define === 'function') ctor.define(tag);
  else customElements.define(tag, ctor);
}

/** Resolves after `n` rendered frames. */
export async function frames(n = 1) {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => r()));
}

/**
 * Resolves once the current DOM has been painted: at the next animation frame, a task is queued,
 * and a task queued from a rAF callback runs after that frame's paint. Every timed section ends
 * here, so a clock never stops before the user could see the result. Resolves with the
 * painted frame's start time (the rAF timestamp).
 */
export function painted() {
  return new Promise((resolve) =>
    requestAnimationFrame((frameStart) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(frameStart);
      channel.port2.postMessage(0);
    }),
  );
}

/** The q-quantile (0..1) of a list of numbers (nearest rank). */
export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** The display's frame period, from the median interval of `n` idle animation frames (ms). */
export async function framePeriod(n = 20) {
  const stamps = [];
  for (let i = 0; i <= n; i++) stamps.push(await new Promise((r) => requestAnimationFrame(r)));
  return quantile(stamps.slice(1).map((t, i) => t - stamps[i]), 0.5);
}

/**
 * Frames dropped over a list of frame intervals: an interval of k periods dropped k - 1 frames
 * (rounded, so jitter under half a period counts as none).
 */
export function droppedFrames(intervals, period) {
  return intervals.reduce((sum, t) => sum + Math.max(0, Math.round(t / period) - 1), 0);
}

/**
 * Keeps the timestamp of the latest animation frame while it runs, to tell whether an input's
 * result made the next frame: `late(start, shownAt)` is how many frames after the first frame
 * following `start` the frame that showed it began (0 = on time). `shownAt` is the timestamp
 * `painted()` resolves with.
 */
export function frameClock(period) {
  let last = performance.now();
  let running = true;
  const tick = (t) => {
    last = t;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    late(start, shownAt) {
      const base = Math.min(last, start);
      const next = base + period * Math.max(1, Math.ceil((start - base) / period));
      return Math.max(0, Math.round((shownAt - next) / period));
    },
    stop() {
      running = false;
    },
  };
}

/** Waits for every Lit element in the list (anything with `updateComplete`) to finish rendering. */
export function rendered(elements) {
  return Promise.all(elements.map((el) => el.updateComplete ?? true));
}

/** Publishes the result for tachometer (and for a person reading the page). */
export function done(value, text = String(value)) {
  const out = document.getElementById('result');
  if (out) out.textContent = text;
  window.tachometerResult = value;
}

/** Shows a failure on the page and in the console; tachometer then times out and retries. */
export function fail(err) {
  console.error(err);
  const out = document.getElementById('result');
  if (out) out.textContent = `error: ${err instanceof Error ? err.message : err}`;
}
