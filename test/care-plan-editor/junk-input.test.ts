import { expect, fixture, html } from '@open-wc/testing';
import * as fc from 'fast-check';
import '../../src/define/care-plan-editor.js';
import type { AnsinhCarePlanEditor } from '../../src/components/care-plan-editor/care-plan-editor.js';
import { samplePlan } from './fixtures.js';
import { allShadowText } from '../helpers/dom.js';

/** `{ nested: { nested: … { id } } }`, `levels` deep. */
function deep(levels: number): Record<string, unknown> {
  let v: Record<string, unknown> = { id: 'kh-1' };
  for (let i = 0; i < levels; i++) v = { nested: v };
  return v;
}

const FIVE_MB = 5 * 1024 * 1024;

/** [what, value, words the error state must show: the field, named in the page's language]. */
const JUNK: [string, () => unknown, string][] = [
  ['a number', () => 42, 'Kế hoạch trợ giúp'],
  ['a string', () => 'kế hoạch trợ giúp', 'Kế hoạch trợ giúp'],
  ['an array', () => [samplePlan()], 'Kế hoạch trợ giúp'],
  ['true', () => true, 'Kế hoạch trợ giúp'],
  ['a function', () => () => samplePlan(), 'Kế hoạch trợ giúp'],
  ['NaN', () => NaN, 'Kế hoạch trợ giúp'],
  ['an object missing required fields', () => ({ title: 'Kế hoạch chưa có mã' }), 'Bước'],
  ['goals that are not a list', () => ({ ...samplePlan(), goals: 'ba mục tiêu' }), 'Mục tiêu'],
  ['a date that is not a date', () => ({ ...samplePlan(), period: { start: 20261001 } }), 'Thời gian'],
  ['a step outside the five', () => ({ ...samplePlan(), status: 'archived' }), 'Bước'],
  ['a 5 MB title', () => ({ ...samplePlan(), title: 'Kế hoạch '.padEnd(FIVE_MB, 'x') }), 'Tiêu đề'],
  ['NaN in a date', () => ({ ...samplePlan(), reviews: [{ dueDate: NaN }] }), 'NaN'],
  ['a deeply nested object', () => deep(10_000), 'nested'],
  ['a plan with a deeply nested extension', () => ({ ...samplePlan(), 'x-extra': deep(10_000) }), 'x-extra'],
  ['a plan that refers to itself', () => {
    const p: Record<string, unknown> = { ...samplePlan() };
    p['x-self'] = p;
    return p;
  }, 'x-self'],
  ['a plan with a __proto__ key', () => JSON.parse(`{"__proto__": {"isAdmin": true}, ${JSON.stringify(samplePlan()).slice(1)}`), '__proto__'],
  ['a goal with a constructor key', () => ({ ...samplePlan(), goals: [{ ...samplePlan().goals![0]!, constructor: { prototype: {} } }] }), 'constructor'],
];

async function mount(lang = 'vi') {
  const el = await fixture<AnsinhCarePlanEditor>(html`<ansinh-care-plan-editor lang=${lang} today="2026-11-22"></ansinh-care-plan-editor>`);
  const invalid: unknown[] = [];
  el.addEventListener('ansinh-invalid', (e) => invalid.push(e.detail));
  return { el, invalid };
}

const alertOf = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="alert"]');
const editorOf = (el: HTMLElement) => el.shadowRoot!.querySelector('.editor, [part="document"]');

describe('<ansinh-care-plan-editor> with junk as .plan', () => {
  it('shows the error state naming the field, and fires ansinh-invalid, for every junk value', async () => {
    const { el, invalid } = await mount();
    for (const [what, make, field] of JUNK) {
      el.plan = samplePlan();
      await el.updateComplete;
      expect(!!editorOf(el), `${what}: a plan first`).to.equal(true);
      invalid.length = 0;
      const value = make();
      el.plan = value;
      await el.updateComplete;
      const alert = alertOf(el);
      expect(!!alert, `${what}: role="alert"`).to.equal(true);
      expect(alert!.textContent, what).to.contain(field);
      expect(invalid, `${what}: ansinh-invalid`).to.have.length(1);
      expect(!!editorOf(el), `${what}: no editor`).to.equal(false);
      expect(el.plan, what).to.equal(undefined);
      // Nothing of the hostile value is rendered (5 MB of title stays out of the page).
      expect(allShadowText(el).length, `${what}: rendered text`).to.be.below(20_000);
    }
    // The error state speaks the page's language.
    el.lang = 'en';
    el.plan = { title: 'A plan with no id' };
    await el.updateComplete;
    expect(alertOf(el)!.textContent).to.contain('Step');
    await expect(el).to.be.accessible();
  });

  it('takes null and undefined as no plan: empty, not an error', async () => {
    const { el, invalid } = await mount();
    for (const none of [null, undefined]) {
      el.plan = 42;
      await el.updateComplete;
      expect(!!alertOf(el)).to.equal(true);
      el.plan = samplePlan();
      await el.updateComplete;
      invalid.length = 0;
      el.plan = none;
      await el.updateComplete;
      expect(!!alertOf(el), String(none)).to.equal(false);
      expect(!!editorOf(el), String(none)).to.equal(false);
      expect(invalid, String(none)).to.have.length(0);
      expect(el.plan).to.equal(undefined);
    }
  });

  it('still opens a plan whose problems can be fixed in the editor', async () => {
    const { el, invalid } = await mount();
    const plan = samplePlan() as Record<string, any>;
    plan.goals[0].dueDate = '2026-02-30';
    plan.goals[1].description = '';
    delete plan.goals[2].status;
    plan.activities[0].domain = 'yoga';
    plan.signOffs = [{ role: 'team', name: 'Trần Văn Bình', at: 'hôm qua' }];
    el.plan = plan;
    await el.updateComplete;
    expect(!!el.shadowRoot!.querySelector('.editor')).to.equal(true);
    expect(!!el.shadowRoot!.querySelector('[part="issues"]')).to.equal(false);
    expect(el.shadowRoot!.querySelector('.summary h2')!.textContent).to.contain('5 chỗ cần sửa');
    expect(invalid).to.have.length(1);
  });

  it('never throws: anything renders the plan, the error state, or (null, undefined) nothing', async () => {
    const { el, invalid } = await mount();
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent | ErrorEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('unhandledrejection', onError);
    window.addEventListener('error', onError);
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    // Plan-shaped junk too: a real plan with any field replaced by anything.
    const key = fc.constantFrom('id', 'residentId', 'status', 'title', 'period', 'goals', 'activities', 'careTeam', 'signOffs', 'reviews', 'transitions', 'notes', '__proto__', 'x-extra');
    const planLike = fc.tuple(key, anything).map(([k, v]) => {
      const p: Record<string, unknown> = { ...samplePlan() };
      Object.defineProperty(p, k, { value: v, enumerable: true, configurable: true, writable: true });
      return p;
    });
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(anything, planLike), async (input) => {
          invalid.length = 0;
          expect(() => (el.plan = input)).to.not.throw();
          await el.updateComplete;
          const opened = !!el.shadowRoot!.querySelector('.editor');
          const issues = el.shadowRoot!.querySelector('[part="issues"]');
          if (input === null || input === undefined) {
            expect(opened || !!issues).to.equal(false);
          } else if (opened) {
            expect(!!issues).to.equal(false);
            expect(el.plan).to.not.equal(undefined);
          } else {
            expect(issues?.getAttribute('role')).to.equal('alert');
            expect(invalid).to.have.length(1);
          }
        }),
        { numRuns: 150 },
      );
      expect(errors.map(String)).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onError);
      window.removeEventListener('error', onError);
    }
  });
});
