// Shared helpers for the benchmark pages under bench/. Each page imports ansinh's built modules
// from the dist directory named by `?dist=` (default /dist, i.e. the output of `npm run build`),
// measures one thing, and publishes one number as `window.tachometerResult`, which tachometer
// polls for (measurement mode "expression").

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
