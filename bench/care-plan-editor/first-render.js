// First render of a long plan: modules loaded, create the editor, hand it the plan, wait until
// the editor and every goal and activity row have rendered and that frame has been painted.
import { importDist, param, rendered, done, fail, painted } from '../lib/harness.js';
import { bigPlan } from './plan.js';

try {
  await importDist('define/care-plan-editor.js');
  const plan = bigPlan(Number(param('goals', '50')), Number(param('activities', '500')));
  const host = document.getElementById('host');
  const start = performance.now();
  const el = document.createElement('ansinh-care-plan-editor');
  el.setAttribute('today', '2026-11-22');
  el.user = { id: 's1', name: 'Lê Thị Hoa' };
  el.plan = plan;
  host.append(el);
  await el.updateComplete;
  await rendered([...el.shadowRoot.querySelectorAll('ansinh-care-plan-goal, ansinh-care-plan-activity')]);
  await painted();
  const ms = performance.now() - start;
  done(ms, ms.toFixed(1));
} catch (err) {
  fail(err);
}
