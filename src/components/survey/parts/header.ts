import { html, nothing, type TemplateResult } from 'lit';
import type { SurveyDefinition } from '../../../contract/survey.js';
import type { Lang } from '../../../i18n/lang.js';
import { surveyMessages } from '../messages.js';
import { t } from '../model.js';

export interface HeaderContext {
  definition: SurveyDefinition;
  lang: Lang;
  kiosk: boolean;
  /** True when the title takes focus on a new screen (page mode; steps and kiosk focus their progress). */
  focusTitle: boolean;
  /** The introduction and source are shown on the first screen only. */
  firstScreen: boolean;
  /** A note such as "your unfinished answers were restored". */
  notice: string;
  largeText: boolean;
  onToggleLargeText: () => void;
}

/** The survey's title, introduction, template source and notice; the kiosk's large-text toggle. */
export function header(ctx: HeaderContext): TemplateResult {
  const { definition: def, lang } = ctx;
  const m = surveyMessages[lang];
  const tpl = def.template;
  const note = (def as { sourceNote?: { vi: string; en?: string } }).sourceNote;
  return html`<header class="header">
    ${ctx.kiosk ? kioskToolbar(ctx) : nothing}
    <h2 class="title" tabindex="-1" data-focus-top=${ctx.focusTitle ? '' : nothing}>${t(def.title, lang)}</h2>
    ${ctx.firstScreen && def.description ? html`<p class="intro">${t(def.description, lang)}</p>` : nothing}
    ${ctx.firstScreen && tpl
      ? html`<p class="source">
          ${m.source}: ${tpl.source ?? tpl.id} · ${m.version} ${tpl.version}${note ? html`<br />${t(note, lang)}` : nothing}
        </p>`
      : nothing}
    ${ctx.notice ? html`<p class="muted">${ctx.notice}</p>` : nothing}
  </header>`;
}

function kioskToolbar(ctx: HeaderContext): TemplateResult {
  return html`<div class="toolbar">
    <button
      class="btn"
      type="button"
      data-variant="secondary"
      aria-pressed=${ctx.largeText ? 'true' : 'false'}
      @click=${ctx.onToggleLargeText}
    >
      ${surveyMessages[ctx.lang].largeText}
    </button>
  </div>`;
}
