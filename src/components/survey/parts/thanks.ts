import { html, nothing, type TemplateResult } from 'lit';
import type { SurveyDefinition } from '../../../contract/survey.js';
import type { Lang } from '../../../i18n/lang.js';
import { surveyMessages } from '../messages.js';
import { t } from '../model.js';
import { rootClass } from './form.js';

export interface ThanksContext {
  definition: SurveyDefinition;
  lang: Lang;
  kiosk: boolean;
  largeText: boolean;
  /** Seconds before a kiosk resets for the next respondent. */
  countdown: number;
  /** The send status line. */
  status: TemplateResult;
  onNext: () => void;
}

/** The screen after sending: the definition's closing words, where the response stands, a fresh form. */
export function thanks(ctx: ThanksContext): TemplateResult {
  const m = surveyMessages[ctx.lang];
  return html`<div class=${rootClass(ctx.kiosk, ctx.largeText)} data-ansinh-size=${ctx.kiosk || ctx.largeText ? 'large' : nothing}>
    <div class="thanks">
      <h2 class="title" tabindex="-1" data-focus-top>${ctx.definition.closing ? t(ctx.definition.closing, ctx.lang) : m.thanks}</h2>
      ${ctx.status}
      ${ctx.kiosk ? html`<p>${m.resetIn(ctx.countdown)}</p>` : nothing}
      <button class="btn" type="button" data-variant=${ctx.kiosk ? nothing : 'secondary'} @click=${ctx.onNext}>
        ${m.startNow}
      </button>
    </div>
  </div>`;
}
