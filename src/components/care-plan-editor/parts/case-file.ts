/**
 * The case file of Thông tư 02/2020/TT-BLĐTBXH: the facility's file number and case manager, the
 * periodic review with the next one due, the forms filed at each step (Mẫu 01-06) and the closure
 * with its reason. Closing the plan needs the reason and date here when the plan has a case file
 * (see state-machine.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { CASE_FORM_STEP, nextReviewDue, type CaseForm } from '../../../contract/case-file.js';
import type { CarePlan } from '../../../contract/care-plan.js';
import type { CarePlanStep } from '../../../contract/resident.js';
import { formatDate } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import { tableScroll } from '../../../base/parts/table-scroll.js';
import { CASE_FORM_LABELS, CLOSURE_REASON_LABELS, REVIEW_CADENCE_LABELS, STEP_LABELS, label, messages } from '../messages.js';
import { isRealDay, isRecord, itemId, list, text } from '../model.js';
import type { PlanForm } from './fields.js';

/** The form a new record starts as, for the plan's current step. */
const FIRST_FORM: Record<CarePlanStep, CaseForm> = { intake: 'mau-01', planning: 'mau-04', implementing: 'mau-05', monitoring: 'mau-05', closed: 'mau-06' };

export function renderCaseFile(f: PlanForm, today: string): TemplateResult {
  const m = messages[f.lang];
  const plan = f.plan;
  const records = list(plan, 'stepRecords');
  const file = isRecord(plan.caseFile) ? plan.caseFile : undefined;
  // Only from a plan whose dates are real days: a half-typed date has no next review.
  const due = safeNextReview(plan);
  const step = (typeof plan.status === 'string' && plan.status in FIRST_FORM ? plan.status : 'intake') as CarePlanStep;
  return html`<section aria-labelledby="case-h" data-section="case-file">
      <h2 id="case-h">${m.caseFile}</h2>
      <p class="muted">${m.caseFileHint}</p>
      <div class="grid">
        ${f.text(['caseFile', 'caseNumber'], m.caseNumber, { required: !!file })} ${f.text(['caseFile', 'caseManager'], m.caseManager)}
        ${f.text(['caseFile', 'openedOn'], m.openedOn, { date: true })} ${f.select(['caseFile', 'reviewEvery'], m.reviewEvery, REVIEW_CADENCE_LABELS)}
      </div>
      ${due
        ? html`<p role="status" data-next-review=${due}>
            ${due < today ? html`<ansinh-badge tone="warning">${m.overdue}</ansinh-badge> ${m.nextReviewLate(formatDate(due, f.lang))}` : m.nextReview(formatDate(due, f.lang))}
          </p>`
        : nothing}
      <h3>${m.stepRecords}</h3>
      <ul class="list" data-list="stepRecords">
        ${records.map((r, i) => {
          const form = text(isRecord(r) ? r.form : undefined);
          const stepOf = Object.hasOwn(CASE_FORM_STEP, form) ? CASE_FORM_STEP[form as CaseForm] : undefined;
          return html`<li class="card">
            ${stepOf ? html`<p class="muted">${m.recordStep(label(STEP_LABELS, stepOf, f.lang))}</p>` : nothing}
            <div class="grid">
              ${f.select(['stepRecords', i, 'form'], m.recordForm, CASE_FORM_LABELS, true)}
              ${f.text(['stepRecords', i, 'date'], m.recordDate, { date: true, required: true })}
              ${f.text(['stepRecords', i, 'by'], m.recordBy)} ${f.text(['stepRecords', i, 'reference'], m.recordReference)}
              ${f.text(['stepRecords', i, 'summary'], m.recordSummary, { multiline: true, cls: 'wide' })}
            </div>
            <div>${f.removeButton('stepRecords', i, `${m.stepRecords} ${i + 1}`)}</div>
          </li>`;
        })}
      </ul>
      <div class="row">
        <ansinh-button type="button" variant="secondary" size="sm" data-action="add-record"
          @click=${() => f.add('stepRecords', { id: itemId('hs'), form: FIRST_FORM[step], date: today })}>${m.addRecord}</ansinh-button>
      </div>
      <div class="closure" role="group" aria-labelledby="closure-h">
        <h3 id="closure-h">${m.closure}</h3>
        <div class="grid">
          ${f.select(['caseFile', 'closure', 'reason'], m.closureReason, CLOSURE_REASON_LABELS)} ${f.text(['caseFile', 'closure', 'date'], m.closureDate, { date: true })}
          ${f.text(['caseFile', 'closure', 'meetingOn'], m.closureMeeting, { date: true })} ${f.text(['caseFile', 'closure', 'recordReference'], m.closureRecord)}
          ${f.text(['caseFile', 'closure', 'followUpUntil'], m.followUpUntil, { date: true })}
          ${f.text(['caseFile', 'closure', 'detail'], m.closureDetail, { multiline: true, cls: 'wide' })}
        </div>
      </div>
    </section>`;
}

/** The next periodic review of a draft plan, or undefined while its dates are not real days. */
export function safeNextReview(plan: Record<string, unknown>): string | undefined {
  const file = isRecord(plan.caseFile) ? plan.caseFile : undefined;
  if (!file) return undefined;
  const period = isRecord(plan.period) ? plan.period.start : undefined;
  const days = [file.openedOn, period, ...list(plan, 'reviews').map((r) => (isRecord(r) ? r.doneAt : undefined))].filter((d) => d !== undefined && d !== '');
  if (!days.every((d) => typeof d === 'string' && isRealDay(d))) return undefined;
  const cadence = file.reviewEvery;
  if (typeof cadence !== 'string' || !Object.hasOwn(REVIEW_CADENCE_LABELS, cadence)) return undefined;
  return nextReviewDue(plan as Pick<CarePlan, 'caseFile' | 'reviews' | 'period'>);
}

/** The case file as printed with the plan: file number, records of each step, the closure. */
export function renderCaseFileDocument(plan: Record<string, unknown>, lang: Lang, day: (v: unknown, lang: Lang) => string): TemplateResult | typeof nothing {
  const m = messages[lang];
  const file = isRecord(plan.caseFile) ? plan.caseFile : undefined;
  const records = list(plan, 'stepRecords').filter(isRecord);
  if (!file && !records.length) return nothing;
  const closure = file && isRecord(file.closure) ? file.closure : undefined;
  const due = safeNextReview(plan);
  return html`<section class="case-file">
    <h2>5. ${m.caseFile}</h2>
    ${file
      ? html`<dl class="meta">
          <dt>${m.caseNumber}</dt><dd>${text(file.caseNumber)}</dd>
          ${file.caseManager ? html`<dt>${m.caseManager}</dt><dd>${text(file.caseManager)}</dd>` : nothing}
          ${file.openedOn ? html`<dt>${m.openedOn}</dt><dd>${day(file.openedOn, lang)}</dd>` : nothing}
          ${file.reviewEvery ? html`<dt>${m.reviewEvery}</dt><dd>${label(REVIEW_CADENCE_LABELS, file.reviewEvery, lang)}${due ? html` · ${m.nextReview(day(due, lang))}` : nothing}</dd>` : nothing}
        </dl>`
      : nothing}
    ${records.length
      ? tableScroll(m.stepRecords, html`<table>
          <thead><tr><th scope="col">${m.recordForm}</th><th scope="col">${m.recordDate}</th><th scope="col">${m.recordBy}</th><th scope="col">${m.recordReference}</th><th scope="col">${m.recordSummary}</th></tr></thead>
          <tbody>${records.map((r) => html`<tr><td>${label(CASE_FORM_LABELS, r.form, lang)}</td><td>${day(r.date, lang)}</td><td>${text(r.by)}</td><td>${text(r.reference)}</td><td>${text(r.summary)}</td></tr>`)}</tbody>
        </table>`)
      : nothing}
    ${closure
      ? html`<h3>${m.closure}</h3>
          <dl class="meta">
            <dt>${m.closureReason}</dt><dd>${label(CLOSURE_REASON_LABELS, closure.reason, lang)}</dd>
            <dt>${m.closureDate}</dt><dd>${day(closure.date, lang)}</dd>
            ${closure.meetingOn ? html`<dt>${m.closureMeeting}</dt><dd>${day(closure.meetingOn, lang)}</dd>` : nothing}
            ${closure.recordReference ? html`<dt>${m.closureRecord}</dt><dd>${text(closure.recordReference)}</dd>` : nothing}
            ${closure.followUpUntil ? html`<dt>${m.followUpUntil}</dt><dd>${day(closure.followUpUntil, lang)}</dd>` : nothing}
            ${closure.detail ? html`<dt>${m.closureDetail}</dt><dd>${text(closure.detail)}</dd>` : nothing}
          </dl>`
      : nothing}
  </section>`;
}
