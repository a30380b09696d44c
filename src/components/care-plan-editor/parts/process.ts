/**
 * The step navigation: the five steps with the current one marked, the moves the process allows
 * from it (each with what still blocks it), and the history of moves.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CarePlanStep } from '../../../contract/resident.js';
import type { Lang } from '../../../i18n/lang.js';
import { STEP_LABELS, label, messages } from '../messages.js';
import { formatDateTime, isRecord, list, text, type DraftPlan } from '../model.js';
import { STEPS, transitionOptions } from '../state-machine.js';

/**
 * `canMove` is false when nobody is signed in (`user` unset): a move records who made it, so
 * none is offered.
 */
export function renderProcess(
  plan: DraftPlan,
  lang: Lang,
  canMove: boolean,
  moveTo: (step: CarePlanStep) => void,
): TemplateResult {
  const m = messages[lang];
  const current = plan.status;
  const opts = transitionOptions(plan);
  const transitions = list(plan, 'transitions').filter(isRecord);
  return html`<section aria-labelledby="process-h">
      <h2 id="process-h">${m.process}</h2>
      <ol class="steps">
        ${STEPS.map(
          (s) => html`<li aria-current=${ifDefined(s === current ? 'step' : undefined)} data-step=${s}>${label(STEP_LABELS, s, lang)}</li>`,
        )}
      </ol>
      ${canMove
        ? html`<div class="row" data-list="transitions">
            ${opts.map((o) => {
              const name = label(STEP_LABELS, o.to, lang);
              const caption =
                o.kind === 'close' ? m.closePlan : o.kind === 'reopen' ? m.reopen : o.kind === 'forward' ? m.moveTo(name) : m.backTo(name);
              return html`<span class="row">
                <ansinh-button
                  type="button"
                  size="sm"
                  variant=${o.kind === 'forward' ? 'primary' : 'secondary'}
                  data-transition=${o.to}
                  ?disabled=${o.blockers.length > 0}
                  @click=${() => moveTo(o.to)}
                  >${caption}</ansinh-button
                >${o.blockers.length ? html`<span class="muted">${o.blockers.map((b) => b[lang]).join(' ')}</span>` : nothing}
              </span>`;
            })}
          </div>`
        : html`<p class="muted">${m.needUser}</p>`}
      ${transitions.length
        ? html`<details>
            <summary>${m.history} (${transitions.length})</summary>
            <ol data-list="history">
              ${transitions.map(
                (t) => html`<li>
                  ${m.transitionBy(label(STEP_LABELS, t.from, lang), label(STEP_LABELS, t.to, lang), text(t.by), formatDateTime(text(t.at), lang))}
                </li>`,
              )}
            </ol>
          </details>`
        : nothing}
    </section>`;
}
