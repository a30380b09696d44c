// First full render of the MoH inpatient form (Mẫu 1): library code already loaded, time from
// handing over the definition to the form laid out on screen.
import { param, done, fail } from '../lib/harness.js';
import { prepare, inpatient } from './common.js';

try {
  const lib = param('lib', 'ansinh');
  const def = await inpatient();
  const render = await prepare(lib);
  const host = document.getElementById('host');
  const start = performance.now();
  await render(host, def);
  host.getBoundingClientRect();
  document.body.offsetHeight;
  const ms = performance.now() - start;
  done(ms, `${lib}: ${ms.toFixed(1)} ms`);
} catch (err) {
  fail(err);
}
