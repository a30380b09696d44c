/**
 * One suite for every data property of every element: junk is never silent. Whatever a portal or
 * a back end hands in (wrong types, missing fields, hostile keys, NaN, huge strings), the element
 * never throws into the page, shows the error state (`role="alert"`) and fires `ansinh-invalid`,
 * prints no "NaN" or "undefined", and shows the data again once it is valid.
 */
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { sampleCarePlans, sampleDatasets, sampleFunds, sampleLedger, sampleResidents, sampleSurveyResponses } from '../../src/sample/index.js';
import { surveyTemplate } from '../../src/contract/survey-templates/index.js';

type Subject = {
  tag: string;
  prop: string;
  attrs?: Record<string, string>;
  valid: () => unknown;
  /** A list property: junk items inside an otherwise valid list are junk too. */
  list?: boolean;
};

const SUBJECTS: Subject[] = [
  { tag: 'ansinh-resident-card', prop: 'resident', attrs: { 'on-date': '2026-11-22' }, valid: () => sampleResidents()[0] },
  { tag: 'ansinh-care-plan-editor', prop: 'plan', attrs: { today: '2026-11-22' }, valid: () => sampleCarePlans()[0] },
  { tag: 'ansinh-survey', prop: 'definition', attrs: { 'no-draft': '' }, valid: () => surveyTemplate('moh-outpatient') },
  { tag: 'ansinh-survey-results', prop: 'responses', attrs: { template: 'moh-inpatient' }, valid: () => sampleSurveyResponses().slice(0, 5), list: true },
  { tag: 'ansinh-donation-ledger', prop: 'entries', attrs: { today: '2026-11-22' }, valid: () => sampleLedger().slice(0, 10), list: true },
  { tag: 'ansinh-donation-ledger', prop: 'funds', attrs: { today: '2026-11-22' }, valid: () => sampleFunds(), list: true },
  { tag: 'ansinh-stat-chart', prop: 'data', valid: () => sampleDatasets()[0] },
  { tag: 'ansinh-stat-figure', prop: 'data', valid: () => sampleDatasets()[0] },
];

const proto = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
let deep: Record<string, unknown> = {};
for (let i = 0; i < 2000; i++) deep = { x: deep };

/** Junk for any property (null and undefined mean "no data" and are not junk). */
const JUNK: [string, () => unknown][] = [
  ['a number', () => 42],
  ['NaN', () => Number.NaN],
  ['a string', () => 'Nguyễn Văn An'],
  ['true', () => true],
  ['an empty object', () => ({})],
  ['an object of the wrong shape', () => ({ id: 5, name: ['x'] })],
  ['prototype-pollution keys', () => proto],
  ['a 2,000-deep object', () => deep],
  ['a Date', () => new Date('2026-01-01')],
  ['a Map', () => new Map([['a', 1]])],
  ['a function', () => () => 1],
];
/** Junk only for single-record properties (a list may legitimately be empty). */
const RECORD_JUNK: [string, () => unknown][] = [
  ['an empty array', () => []],
  ['an array of numbers', () => [1, 2, 3]],
];

function shadowAlerts(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.getAttribute('role') === 'alert') out.push(el);
    if (el.shadowRoot) out.push(...shadowAlerts(el.shadowRoot));
  }
  return out;
}

/**
 * The text a user reads outside the error state (which may name what it received, "nhận được
 * NaN"), across shadow roots.
 */
function shadowText(root: ParentNode): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node instanceof Element && (node.getAttribute('role') === 'alert' || node.getAttribute('part') === 'issues')) return;
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root as Node);
  return text;
}

async function mount(s: Subject): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const el = document.createElement(s.tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [k, v] of Object.entries(s.attrs ?? {})) el.setAttribute(k, v);
  return fixture(el);
}

async function settle(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** Sets `value` and reports what a user and the host page see. */
async function feed(el: HTMLElement & { updateComplete: Promise<unknown> }, prop: string, value: unknown) {
  let invalid = 0;
  const errors: unknown[] = [];
  const onInvalid = () => invalid++;
  const onError = (e: ErrorEvent) => errors.push(e.message);
  el.addEventListener('ansinh-invalid', onInvalid);
  window.addEventListener('error', onError);
  try {
    (el as unknown as Record<string, unknown>)[prop] = value;
    await settle(el);
  } finally {
    el.removeEventListener('ansinh-invalid', onInvalid);
    window.removeEventListener('error', onError);
  }
  const root = el.shadowRoot!;
  return { invalid, errors, alerts: shadowAlerts(root), text: shadowText(root) };
}

describe('junk is never silent: every data property of every element', function () {
  this.timeout(120000);
  for (const s of SUBJECTS) {
    describe(`<${s.tag}>.${s.prop}`, () => {
      const table = [...JUNK, ...(s.list ? [['a list of junk items', () => [1, 'x', null, { id: 7 }]] as [string, () => unknown]] : RECORD_JUNK)];
      for (const [name, make] of table) {
        it(`${name}: error state with role=alert, ansinh-invalid, no NaN; valid data shows again`, async () => {
          const el = await mount(s);
          const seen = await feed(el, s.prop, make());
          expect(seen.errors, 'nothing thrown into the page').to.deep.equal([]);
          expect(seen.alerts.length, 'an error state with role="alert"').to.be.greaterThan(0);
          expect(seen.invalid, 'ansinh-invalid fired').to.be.greaterThan(0);
          expect(seen.text).not.to.match(/\bNaN\b|\bundefined\b|\[object Object\]/);
          const back = await feed(el, s.prop, s.valid());
          expect(back.alerts.map((a) => a.textContent?.trim()), 'valid data clears the error state').to.deep.equal([]);
        });
      }

      it('null and undefined mean "no data": no error state, nothing thrown', async () => {
        const el = await mount(s);
        for (const v of [null, undefined]) {
          const seen = await feed(el, s.prop, v);
          expect(seen.errors).to.deep.equal([]);
          expect(seen.invalid).to.equal(0);
        }
      });

      it('fast-check: anything never throws; an error state always comes with ansinh-invalid', async () => {
        const el = await mount(s);
        await fc.assert(
          fc.asyncProperty(fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), async (value) => {
            const seen = await feed(el, s.prop, value);
            expect(seen.errors).to.deep.equal([]);
            if (seen.alerts.length) expect(seen.invalid).to.be.greaterThan(0);
            expect(seen.text).not.to.match(/\bNaN\b|\[object Object\]/);
          }),
          { numRuns: 25 },
        );
      });
    });
  }
});
