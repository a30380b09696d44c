/**
 * The plan as a document: what `readonly` shows and what prints, laid out like the paper plan
 * (header, sections, goals table, activities, signature blocks with empty lines to sign on).
 * Items are memoised with `guard` on their (immutable) objects, so a re-render after one edit
 * only rebuilds the edited row.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { tableScroll } from '../../../base/parts/table-scroll.js';
import type { Lang } from '../../../i18n/lang.js';
import { formatDate } from '../../../i18n/format.js';
import {
  ACTIVITY_STATUS_LABELS,
  DOMAIN_LABELS,
  GOAL_STATUS_LABELS,
  PRIORITY_LABELS,
  ROLE_LABELS,
  SIGN_OFF_LABELS,
  STEP_LABELS,
  label,
  messages,
} from '../messages.js';
import { isOverdue, isRecord, list, text, type DraftPlan } from '../model.js';
import { renderCaseFileDocument } from './case-file.js';

const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const day = (v: unknown, lang: Lang): string => {
  const t = text(v);
  return t ? formatDate(t, lang) : '';
};

function goalRow(g: Record<string, unknown>, i: number, lang: Lang, today: string): TemplateResult {
  const m = messages[lang];
  const overdue = isOverdue(g.dueDate, today) && !['completed', 'cancelled'].includes(text(g.status));
  return html`<tr class="goal">
    <td>${i + 1}</td>
    <td>${label(DOMAIN_LABELS, g.domain, lang)}</td>
    <td>${text(g.description)}</td>
    <td>${text(g.measure)}${g.target ? html`<br />${m.target}: ${text(g.target)}` : nothing}</td>
    <td>${day(g.dueDate, lang)}${overdue ? html` <strong>(${m.overdue})</strong>` : nothing}</td>
    <td>${label(GOAL_STATUS_LABELS, g.status, lang)}</td>
  </tr>`;
}

function activityRow(a: Record<string, unknown>, i: number, lang: Lang): TemplateResult {
  const notes = Array.isArray(a.progressNotes) ? a.progressNotes.map(rec) : [];
  const period = [day(a.start, lang), day(a.end, lang)].filter(Boolean).join(' – ');
  return html`<tr class="activity">
    <td>${i + 1}</td>
    <td>${label(DOMAIN_LABELS, a.domain, lang)}</td>
    <td>
      ${text(a.what)}
      ${notes.length
        ? html`<ul class="doc-notes">
            ${notes.map((n) => html`<li>${day(n.at, lang)}, ${text(n.author)}: ${text(n.text)}</li>`)}
          </ul>`
        : nothing}
    </td>
    <td>${text(a.schedule)}</td>
    <td>${text(a.responsibleStaff)}</td>
    <td>${period}</td>
    <td>${label(ACTIVITY_STATUS_LABELS, a.status, lang)}</td>
  </tr>`;
}

function signatureBlock(title: string, signed: Record<string, unknown> | undefined, name: string, lang: Lang): TemplateResult {
  const m = messages[lang];
  return html`<div class="signature">
    <p><strong>${title}</strong><br /><span class="muted">${m.fullNameSign}</span></p>
    <div class="line" aria-hidden="true"></div>
    <p>${text(signed?.name) || name}</p>
    <p class="muted">${signed ? m.signedAt(day(signed.at, lang)) : m.dateLine}</p>
  </div>`;
}

/** The whole plan as a document (`printing` adds a printed-on line). */
export function renderDocument(plan: DraftPlan, lang: Lang, today: string): TemplateResult {
  const m = messages[lang];
  const goals = list(plan, 'goals').map(rec);
  const activities = list(plan, 'activities').map(rec);
  const needs = list(plan, 'needsAssessment').map(rec);
  const team = list(plan, 'careTeam').map(rec);
  const signOffs = list(plan, 'signOffs').map(rec);
  const reviews = list(plan, 'reviews').map(rec);
  const transitions = list(plan, 'transitions').map(rec);
  const period = rec(plan.period);
  const teamSigned = (id: unknown, name: unknown) =>
    signOffs.find((s) => s.role === 'team' && ((id && s.memberId === id) || (!s.memberId && s.name === name)));
  const director = signOffs.find((s) => s.role === 'director');
  const person = signOffs.find((s) => s.role === 'resident' || s.role === 'guardian');
  return html`<article class="doc" part="document" aria-label=${text(plan.title) || m.title}>
    <header class="doc-head">
      <h1>${m.title}</h1>
      ${plan.title ? html`<p><strong>${text(plan.title)}</strong></p>` : nothing}
    </header>
    <dl class="meta">
      <dt>${m.planId}</dt>
      <dd>${text(plan.id)}</dd>
      <dt>${m.resident}</dt>
      <dd>${text(plan.residentId)}</dd>
      <dt>${m.currentStep}</dt>
      <dd>${label(STEP_LABELS, plan.status, lang)}</dd>
      ${period.start
        ? html`<dt>${m.periodStart}</dt>
            <dd>${day(period.start, lang)}${period.end ? html` – ${day(period.end, lang)}` : nothing}</dd>`
        : nothing}
    </dl>
    <section>
      <h2>1. ${m.needs}</h2>
      ${needs.length
        ? tableScroll(m.needs, html`<table>
            <thead>
              <tr><th scope="col">${m.domain}</th><th scope="col">${m.priority}</th><th scope="col">${m.summary}</th></tr>
            </thead>
            <tbody>
              ${needs.map(
                (n) => html`<tr>
                  <td>${label(DOMAIN_LABELS, n.domain, lang)}</td>
                  <td>${label(PRIORITY_LABELS, n.priority, lang)}</td>
                  <td>${text(n.summary)}</td>
                </tr>`,
              )}
            </tbody>
          </table>`)
        : html`<p class="muted">${m.noItems}</p>`}
    </section>
    <section>
      <h2>2. ${m.goals}</h2>
      ${goals.length
        ? tableScroll(m.goals, html`<table class="goals">
            <thead>
              <tr>
                <th scope="col">#</th><th scope="col">${m.domain}</th><th scope="col">${m.description}</th>
                <th scope="col">${m.measure}</th><th scope="col">${m.dueDate}</th><th scope="col">${m.status}</th>
              </tr>
            </thead>
            <tbody>
              ${repeat(goals, (_g, i) => i, (g, i) => guard([g, i, lang, today], () => goalRow(g, i, lang, today)))}
            </tbody>
          </table>`)
        : html`<p class="muted">${m.noItems}</p>`}
    </section>
    <section>
      <h2>3. ${m.activities}</h2>
      ${activities.length
        ? tableScroll(m.activities, html`<table class="activities">
            <thead>
              <tr>
                <th scope="col">#</th><th scope="col">${m.domain}</th><th scope="col">${m.what}</th>
                <th scope="col">${m.schedule}</th><th scope="col">${m.responsible}</th>
                <th scope="col">${m.start} – ${m.end}</th><th scope="col">${m.status}</th>
              </tr>
            </thead>
            <tbody>
              ${repeat(activities, (_a, i) => i, (a, i) => guard([a, i, lang], () => activityRow(a, i, lang)))}
            </tbody>
          </table>`)
        : html`<p class="muted">${m.noItems}</p>`}
    </section>
    <section>
      <h2>4. ${m.reviews}</h2>
      ${reviews.length
        ? tableScroll(m.reviews, html`<table>
            <thead>
              <tr>
                <th scope="col">${m.reviewDue}</th><th scope="col">${m.reviewDone}</th>
                <th scope="col">${m.reviewBy}</th><th scope="col">${m.reviewNotes}</th>
              </tr>
            </thead>
            <tbody>
              ${reviews.map(
                (r) => html`<tr>
                  <td>${day(r.dueDate, lang)}${!r.doneAt && isOverdue(r.dueDate, today) ? html` <strong>(${m.overdue})</strong>` : nothing}</td>
                  <td>${day(r.doneAt, lang)}</td>
                  <td>${text(r.by)}</td>
                  <td>${text(r.notes)}</td>
                </tr>`,
              )}
            </tbody>
          </table>`)
        : html`<p class="muted">${m.noItems}</p>`}
    </section>
    ${renderCaseFileDocument(plan, lang, day)}
    ${transitions.length
      ? html`<section>
          <h2>${m.history}</h2>
          <ol>
            ${transitions.map(
              (t) => html`<li>
                ${m.transitionBy(label(STEP_LABELS, t.from, lang), label(STEP_LABELS, t.to, lang), text(t.by), day(t.at, lang))}
              </li>`,
            )}
          </ol>
        </section>`
      : nothing}
    ${plan.notes ? html`<section><h2>${m.generalNotes}</h2><p>${text(plan.notes)}</p></section>` : nothing}
    <section class="sign">
      <h2>${m.signOffs}</h2>
      <div class="signatures">
        ${team.map((t) =>
          signatureBlock(`${label(ROLE_LABELS, t.role, lang)}`, teamSigned(t.id, t.name), text(t.name), lang),
        )}
        ${signatureBlock(person ? label(SIGN_OFF_LABELS, person.role, lang) : m.residentOrGuardian, person, '', lang)}
        ${signatureBlock(m.director, director, '', lang)}
      </div>
    </section>
    <p class="printonly muted">${m.printedOn(formatDate(today, lang))}</p>
  </article>`;
}
