// Cumulative Layout Shift of host content when an ansinh element is embedded in a page before
// its data arrives (the usual case: server-rendered portal, data fetched later). The element is
// put in the page, registered, rendered empty, then handed its data after a simulated fetch; the
// page sums every layout-shift entry (PerformanceObserver) until things settle.
//
// Query parameters (see scripts/bench/benchmarks.js):
//   module  path inside dist/ of the module to import (a define/ module, or a class module)
//   export  the class to register under `tag` (omit when `module` registers the element itself)
//   tag     the element's tag name
//   data    URL of a JSON object; each key is set as a property of the element
//   delay   ms between render and data (default 100)
import { importDist, define, param, frames, rendered, done, fail } from './lib/harness.js';

let cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) cls += entry.value;
  }
}).observe({ type: 'layout-shift', buffered: true });

try {
  const tag = param('tag', 'ansinh-text-field');
  const slot = document.getElementById('slot');
  // The portal's markup: the element exists before any script or data.
  const el = document.createElement(tag);
  slot.append(el);
  await frames(2);

  const [mod, { installTokens }, data] = await Promise.all([
    importDist(param('module', 'base/primitives/text-field.js')),
    importDist('tokens/install.js'),
    fetch(param('data', '/bench/data/text-field.json')).then((r) => r.json()),
  ]);
  installTokens(document);
  const exported = param('export', '');
  if (exported) define(tag, mod[exported]);
  await customElements.whenDefined(tag);
  await rendered([el]);
  await frames(2);

  await new Promise((r) => setTimeout(r, Number(param('delay', '100'))));
  Object.assign(el, data);
  await rendered([el]);
  // Layout-shift entries are queued after the frame that shifted; give them time to arrive.
  await frames(3);
  await new Promise((r) => setTimeout(r, 50));
  done(cls, cls.toFixed(4));
} catch (err) {
  fail(err);
}
