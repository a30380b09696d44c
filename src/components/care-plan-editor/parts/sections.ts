/**
 * The plan's own sections, field by field: header (ids, title, period, notes), needs assessment,
 * care team and reviews. Goals and activities have rows of their own (`item-lists.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { DOMAIN_LABELS, PRIORITY_LABELS, ROLE_LABELS, messages } from '../messages.js';
import { isLateReview, list, itemId, text } from '../model.js';
import type { PlanForm } from './fields.js';

/**
 * `showIds`: the plan and resident ids are fields only while they fail the contract; once
 * valid they are shown as text (they identify the record and are not edited).
 */
export function renderHeader(f: PlanForm, showIds: boolean): TemplateResult {
  const m = messages[f.lang];
  const plan = f.plan;
  return html`<section aria-labelledby="head-h">
      <h2 id="head-h">${text(plan.title) || m.title}</h2>
      <div class="grid">
        ${showIds
          ? html`${f.text(['id'], m.planId, { required: true })}${f.text(['residentId'], m.resident, { required: true })}`
          : html`<p class="muted">${m.planId}: ${text(plan.id)} · ${m.resident}: ${text(plan.residentId)}</p>`}
        ${f.text(['title'], m.planTitle, { cls: 'wide' })}
        ${f.text(['period', 'start'], m.periodStart, { date: true })} ${f.text(['period', 'end'], m.periodEnd, { date: true })}
        ${f.text(['notes'], m.generalNotes, { multiline: true, cls: 'wide' })}
      </div>
    </section>`;
}

export function renderNeeds(f: PlanForm): TemplateResult {
  const m = messages[f.lang];
  const needs = list(f.plan, 'needsAssessment');
  return html`<section aria-labelledby="needs-h">
      <h2 id="needs-h">${m.needs}</h2>
      <p class="muted">${m.needsHint}</p>
      <ul class="list" data-list="needsAssessment">
        ${needs.map(
          (_n, i) => html`<li class="card grid">
            ${f.select(['needsAssessment', i, 'domain'], m.domain, DOMAIN_LABELS, true)}
            ${f.select(['needsAssessment', i, 'priority'], m.priority, PRIORITY_LABELS)}
            ${f.text(['needsAssessment', i, 'summary'], m.summary, { multiline: true, cls: 'wide' })}
            <div>${f.removeButton('needsAssessment', i, `${m.needs} ${i + 1}`)}</div>
          </li>`,
        )}
      </ul>
      <div class="row">
        <ansinh-button type="button" variant="secondary" size="sm" data-action="add-need"
          @click=${() => f.add('needsAssessment', { domain: 'other', summary: '' })}>${m.addNeed}</ansinh-button>
      </div>
    </section>`;
}

export function renderTeam(f: PlanForm): TemplateResult {
  const m = messages[f.lang];
  const team = list(f.plan, 'careTeam');
  return html`<section aria-labelledby="team-h">
      <h2 id="team-h">${m.careTeam}</h2>
      <ul class="list" data-list="careTeam">
        ${team.map(
          (_t, i) => html`<li class="card grid">
            ${f.text(['careTeam', i, 'name'], m.memberName, { required: true })}
            ${f.select(['careTeam', i, 'role'], m.role, ROLE_LABELS, true)}
            <div>${f.removeButton('careTeam', i, `${m.careTeam} ${i + 1}`)}</div>
          </li>`,
        )}
      </ul>
      <div class="row">
        <ansinh-button type="button" variant="secondary" size="sm" data-action="add-member"
          @click=${() => f.add('careTeam', { id: itemId('staff'), name: '', role: 'social-worker' })}>${m.addMember}</ansinh-button>
      </div>
    </section>`;
}

export function renderReviews(f: PlanForm, today: string): TemplateResult {
  const m = messages[f.lang];
  const reviews = list(f.plan, 'reviews');
  const overdue = reviews.filter((r) => isLateReview(r, today)).length;
  return html`<section aria-labelledby="reviews-h">
      <h2 id="reviews-h">${m.reviews}</h2>
      ${overdue ? html`<p role="status" data-state="overdue"><ansinh-badge tone="warning">${m.overdue}</ansinh-badge> ${m.overdueReviews(overdue)}</p>` : nothing}
      <ul class="list" data-list="reviews">
        ${reviews.map((r, i) => {
          const late = isLateReview(r, today);
          return html`<li class="card">
            ${late ? html`<div><ansinh-badge tone="warning">${m.overdue}</ansinh-badge></div>` : nothing}
            <div class="grid">
              ${f.text(['reviews', i, 'dueDate'], m.reviewDue, { date: true, required: true })}
              ${f.text(['reviews', i, 'doneAt'], m.reviewDone, { date: true })}
              ${f.text(['reviews', i, 'by'], m.reviewBy)}
              ${f.text(['reviews', i, 'notes'], m.reviewNotes, { multiline: true, cls: 'wide' })}
            </div>
            <div>${f.removeButton('reviews', i, `${m.reviews} ${i + 1}`)}</div>
          </li>`;
        })}
      </ul>
      <div class="row">
        <ansinh-button type="button" variant="secondary" size="sm" data-action="add-review"
          @click=${() => f.add('reviews', { dueDate: today })}>${m.addReview}</ansinh-button>
      </div>
    </section>`;
}
