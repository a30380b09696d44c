// Per-answer responsiveness on the MoH inpatient form: after the first render, answer each of the
// rated items by clicking an option, and time from the click until the page is re-rendered and
// laid out, ready to paint (the click's handlers, the library's microtask/task rendering, style
// and layout). Waiting for the next vsync is left out: with a 60 Hz frame clock it would round
// every answer up to ~16.7 ms whatever the library does.
// `?metric=median` publishes the median over the answers; `?metric=longtask` the longest task
// (PerformanceObserver 'longtask', >= 50 ms; 0 when none) seen while answering.
import { param, done, fail, frames } from '../lib/harness.js';
import { prepare, inpatient, scaleRadios } from './common.js';

/** Lets the library finish (microtasks, then a task), then forces style and layout. */
const renderedAndLaidOut = async () => {
  await new Promise((r) => setTimeout(r, 0));
  document.body.offsetHeight;
};

try {
  const lib = param('lib', 'ansinh');
  const metric = param('metric', 'median');
  const def = await inpatient();
  const render = await prepare(lib);
  const host = document.getElementById('host');
  await render(host, def);
  await frames(3);
  const radios = scaleRadios(lib, host, def);
  if (radios.length < 30) throw new Error(`only ${radios.length} scale items found`);
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ type: 'longtask' });
  const times = [];
  for (const radio of radios) {
    const start = performance.now();
    radio.click();
    await renderedAndLaidOut();
    times.push(performance.now() - start);
    // Let a frame be painted before the next answer, as between two real clicks.
    await frames(1);
  }
  await frames(2);
  observer.disconnect();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const value = metric === 'longtask' ? longest : median;
  done(value, `${lib} ${metric}: ${value.toFixed(2)} ms (${times.length} answers)`);
} catch (err) {
  fail(err);
}
