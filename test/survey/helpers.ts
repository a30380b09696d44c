import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import * as data from '../data/servers.js';
import type { AnsinhSurvey, AnsinhSurveyEventMap } from '../../src/components/survey/survey.js';
import type { SurveyResponse } from '../../src/contract/survey.js';
import { Outbox } from '../../src/data/outbox.js';
import { nextEvent } from '../helpers/events.js';
import { SMALL } from './fixtures.js';

/** The survey tests' back end: the data servers (the REST contract server, Medplum's FHIR router, faults, and the portal's own `/form` page). */
export type SurveyServer = data.DataServer;
export const startServer = () => data.startServer({ behaviour: 'ok' });
export const stopServer = data.stopServer;
export const serverData = data.received;

/** The shadow root's first element matching `selector`, or a failed assertion. */
export function $(el: AnsinhSurvey, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <ansinh-survey>`);
  return found;
}

export function $$(el: AnsinhSurvey, selector: string): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
}

/** Clicks the option of item `code` whose value is `value`, as a user would. */
export async function choose(el: AnsinhSurvey, code: string, value: string | number): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-for="${code}"][value="${value}"]`);
  if (!input) throw new Error(`no option ${value} for ${code}`);
  input.click();
  await el.updateComplete;
}

/** Types into the text/number/date input of item `code` (fires input + change). */
export async function type(el: AnsinhSurvey, code: string, text: string, role = ''): Promise<void> {
  const sel = role ? `[data-code="${code}"][data-role="${role}"]` : `input[data-code="${code}"]:not([type=radio]):not([type=checkbox]), textarea[data-code="${code}"]`;
  const input = el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel);
  if (!input) throw new Error(`no input for ${code}`);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Text shown in the shadow root, whitespace collapsed. */
export function visibleText(el: AnsinhSurvey): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function until(check: () => boolean | Promise<boolean>, timeout = 10000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A fresh IndexedDB name per test, so drafts and outboxes never leak between tests. */
export const freshDb = () => `ansinh-survey-test-${Math.random().toString(36).slice(2)}`;

/** An outbox that retries quickly, so the tests do not wait out production backoff (and, given, times out a hung request). */
export const quickOutbox = (dbName: string, timeoutMs?: number) =>
  new Outbox({ dbName, retry: { baseDelayMs: 40, maxDelayMs: 250 }, intervalMs: 0, ...(timeoutMs ? { http: { timeoutMs } } : {}) });

/** The SMALL form on its own, sending to `endpoint` through `outbox`. */
export async function standalone(endpoint: string, outbox: Outbox, extra = ''): Promise<AnsinhSurvey> {
  const el = await fixture<AnsinhSurvey>(
    html`<ansinh-survey endpoint=${endpoint} db-name=${outbox.dbName} format=${extra === 'fhir' ? 'fhir' : 'json'} .outbox=${outbox} .definition=${SMALL}></ansinh-survey>`,
  );
  await el.updateComplete;
  return el;
}

/**
 * Fills SMALL as a respondent, with a per-response marker in the free text, and presses Gửi phiếu
 * (twice in a row with `doubleClick`, as an impatient respondent would).
 */
export async function fillAndSend(el: AnsinhSurvey, n: number, options: { doubleClick?: boolean } = {}): Promise<SurveyResponse> {
  if (el.shadowRoot!.querySelector('.thanks')) {
    ($(el, '.thanks .btn') as HTMLButtonElement).click();
    await el.updateComplete;
  }
  await choose(el, 'A1', (n % 2) + 1);
  await choose(el, 'R1', (n % 5) + 1 > 2 ? (n % 5) + 1 : 3);
  await choose(el, 'R2', 4);
  const h1 = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[data-code="H1"]')!;
  h1.value = `Phiếu số ${n}`;
  h1.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  const submitted = nextEvent<AnsinhSurveyEventMap, 'ansinh-submit'>(el, 'ansinh-submit');
  const queued = oneEvent(el, 'ansinh-queued');
  const button = $(el, '.actions .btn') as HTMLButtonElement;
  button.click();
  if (options.doubleClick) button.click();
  const response = (await submitted).detail;
  await queued;
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('.thanks'), 'thank-you screen').to.exist;
  return response;
}
