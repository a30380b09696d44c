// First full render of the MoH inpatient form (Mẫu 1): library code loaded and the form converted
// to the library's format beforehand; timed from handing over the form until every radio is in
// the DOM and that frame has been painted.
import { param, done, fail, painted } from '../lib/harness.js';
import { prepare, inpatient } from './common.js';

try {
  const lib = param('lib', 'ansinh');
  const def = await inpatient();
  const render = await prepare(lib, def);
  const host = document.getElementById('host');
  const start = performance.now();
  await render(host);
  await painted();
  const ms = performance.now() - start;
  done(ms, `${lib}: ${ms.toFixed(1)} ms`);
} catch (err) {
  fail(err);
}
