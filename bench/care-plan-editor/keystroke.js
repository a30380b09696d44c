// Keystroke-to-paint while editing one progress note of a 50-goal, 500-activity plan: the
// median, over `keys` keystrokes, of the time from the input event to the next frame's paint.
import { importDist, param, frames, done, fail } from '../lib/harness.js';
import { bigPlan } from './plan.js';

const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

try {
  await importDist('define/care-plan-editor.js');
  const host = document.getElementById('host');
  const el = document.createElement('ansinh-care-plan-editor');
  el.setAttribute('today', '2026-11-22');
  el.user = { id: 's1', name: 'Lê Thị Hoa' };
  el.plan = bigPlan();
  host.append(el);
  await el.updateComplete;
  const row = el.shadowRoot.querySelectorAll('ansinh-care-plan-activity')[250];
  await row.focusNote(0);
  const field = row.shadowRoot.querySelector('[data-path="activities.250.progressNotes.0.text"]');
  await field.updateComplete;
  const textarea = field.shadowRoot.querySelector('textarea');
  await frames(2);
  const times = [];
  const keys = Number(param('keys', '30'));
  for (let i = 0; i < keys; i++) {
    const start = performance.now();
    textarea.value += 'a';
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'a', inputType: 'insertText' }));
    await afterPaint();
    times.push(performance.now() - start);
  }
  if (!el.plan.activities[250].progressNotes[0].text.endsWith('a'.repeat(keys))) throw new Error('typing did not reach the plan');
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  done(median, median.toFixed(2));
} catch (err) {
  fail(err);
}
