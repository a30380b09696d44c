// Per-answer responsiveness on the MoH inpatient form: after the first render, answer each of the
// rated items by clicking an option. Published per page load (scripts/bench/rows/survey.js):
//   median, p95  time from the click until the page is re-rendered and laid out, ready to paint
//                (the click's handlers, the library's microtask and task rendering, style and
//                layout); the wait for the next vsync is left out, it would round every answer
//                up to a 60 Hz frame whatever the library does
//   late         answers whose result was painted later than the first frame after the click
//                (frames counted by the page's animation-frame clock; 0 = every answer on time)
//   longest      the longest task of 50 ms or more while answering (the Long Tasks API reports
//                nothing shorter; 0 = none), and `longTasks` how many there were
import { param, done, fail, frames, painted, framePeriod, frameClock, quantile } from '../lib/harness.js';
import { prepare, inpatient, scaleRadios, chosen } from './common.js';

/** Lets the library finish (microtasks, then a task), then forces style and layout. */
const renderedAndLaidOut = async () => {
  await new Promise((r) => setTimeout(r, 0));
  document.body.offsetHeight;
};

try {
  const lib = param('lib', 'ansinh');
  const def = await inpatient();
  const render = await prepare(lib, def);
  const host = document.getElementById('host');
  await render(host);
  await frames(3);
  const radios = scaleRadios(lib, host, def);
  if (radios.length < 30) throw new Error(`only ${radios.length} scale items found`);
  const period = await framePeriod();
  const clock = frameClock(period);
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  const times = [];
  let late = 0;
  for (const radio of radios) {
    const start = performance.now();
    radio.click();
    await renderedAndLaidOut();
    times.push(performance.now() - start);
    if (!chosen(lib, radio)) throw new Error('the click did not check the option');
    late += clock.late(start, await painted()) > 0 ? 1 : 0;
  }
  await frames(2);
  observer.disconnect();
  clock.stop();
  const result = {
    median: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    late,
    longest: longTasks.length ? Math.max(...longTasks) : 0,
    longTasks: longTasks.length,
  };
  done(result, `${lib}: median ${result.median.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms, ${late} of ${times.length} answers late, longest task ${result.longest.toFixed(0)} ms`);
} catch (err) {
  fail(err);
}
