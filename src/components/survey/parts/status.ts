import { html, nothing, type TemplateResult } from 'lit';
import type { SurveyDefinition } from '../../../contract/survey.js';
import type { Lang } from '../../../i18n/lang.js';
import { surveyMessages } from '../messages.js';
import type { Problem } from '../model.js';
import { itemLabel, problemText, sendStatusText, type SurveySendState } from '../view-model.js';

/** Where the response stands. Always in the page (empty when idle) so screen readers announce each change. */
export function sendStatus(state: SurveySendState, waiting: number, lang: Lang): TemplateResult {
  return html`<div class="status" part="status" role="status" aria-live="polite" data-state=${state}>${sendStatusText(state, waiting, lang)}</div>`;
}

export interface SummaryContext {
  uid: string;
  definition: SurveyDefinition;
  lang: Lang;
  /** Focuses the answer of `code` (fragment links do not reach into a shadow root). */
  onJump: (e: Event, code: string) => void;
}

/** The problems found on a send attempt, each a link to its question. */
export function errorSummary(problems: readonly Problem[], ctx: SummaryContext): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const { uid, lang } = ctx;
  const m = surveyMessages[lang];
  return html`<div class="summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="${uid}-sum">
    <h3 id="${uid}-sum">${m.errorSummaryTitle}</h3>
    <p>${m.errorCount(problems.length)}</p>
    <ul>
      ${problems.map(
        (p) =>
          html`<li>
            <a href="#${uid}-${p.code}" @click=${(e: Event) => ctx.onJump(e, p.code)}>${itemLabel(ctx.definition, p.code, lang)}: ${problemText(p, lang)}</a>
          </li>`,
      )}
    </ul>
  </div>`;
}
