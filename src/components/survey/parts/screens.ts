import { html, nothing, type TemplateResult } from 'lit';
import type { SurveyItem, SurveySection } from '../../../contract/survey.js';
import { surveyMessages } from '../messages.js';
import { t, visibleItems, type Problem } from '../model.js';
import { sectionOf } from '../view-model.js';
import { question, type QuestionContext } from './question.js';

/** What the screens need beyond a question's context: where the respondent is and how to move. */
export interface ScreenContext extends QuestionContext {
  step: number;
  /** False inside a host form: its own submit button sends the response. */
  submitButton: boolean;
  /** Moves to `step`, checking `items` (the screen being left) when moving forward. */
  goto: (step: number, items: readonly SurveyItem[]) => void;
  submit: () => void;
}

/** One section: its title, description, and shown questions under their group headings. */
export function section(sec: SurveySection, problems: Map<string, Problem>, ctx: QuestionContext): TemplateResult {
  const { uid, lang } = ctx;
  const items = visibleItems(sec, ctx.answers);
  const groups = new Map<SurveyItem, SurveyItem>();
  for (const i of sec.items) if (i.type === 'group') for (const sub of i.items) groups.set(sub, i);
  let lastGroup: SurveyItem | undefined;
  return html`<section class="part" part="section" aria-labelledby="${uid}-sec-${sec.id}">
    <h3 class="section-title" id="${uid}-sec-${sec.id}">${sec.code ? `${sec.code}. ` : ''}${t(sec.title, lang)}</h3>
    ${sec.description ? html`<p class="muted">${t(sec.description, lang)}</p>` : nothing}
    ${items.map((item) => {
      const group = groups.get(item);
      const heading = group && group !== lastGroup ? html`<h4 class="label">${t(group.text, lang)}</h4>` : nothing;
      lastGroup = group;
      return html`${heading}${question(item, problems.get(item.code), ctx)}`;
    })}
  </section>`;
}

function submitButton(ctx: ScreenContext): TemplateResult {
  return html`<button class="btn" type="button" ?disabled=${ctx.disabled} @click=${() => ctx.submit()}>${surveyMessages[ctx.lang].submit}</button>`;
}

/** `mode="page"`: every shown section, then the send button. */
export function pageScreen(sections: readonly SurveySection[], problems: Map<string, Problem>, ctx: ScreenContext): TemplateResult {
  return html`${sections.map((s) => section(s, problems, ctx))}
    ${ctx.submitButton ? html`<div class="actions">${submitButton(ctx)}</div>` : nothing}`;
}

/** Back, next, or send on the last screen (a host form sends with its own button). */
function actions(step: number, last: boolean, leaving: () => readonly SurveyItem[], ctx: ScreenContext): TemplateResult {
  const m = surveyMessages[ctx.lang];
  return html`<div class="actions">
    ${step > 0
      ? html`<button class="btn" data-variant="secondary" type="button" @click=${() => ctx.goto(step - 1, [])}>${m.previous}</button>`
      : nothing}
    ${!last
      ? html`<button class="btn" type="button" @click=${() => ctx.goto(step + 1, leaving())}>${m.next}</button>`
      : ctx.submitButton
        ? submitButton(ctx)
        : nothing}
  </div>`;
}

/**
 * `mode="steps"`: one section at a time, with its progress. The progress box is where focus goes
 * on a new step: a group named by the progress text, so a screen reader says where the user is
 * (a focused plain paragraph has no name, and some readers said nothing).
 */
export function stepsScreen(sections: readonly SurveySection[], problems: Map<string, Problem>, ctx: ScreenContext): TemplateResult {
  const m = surveyMessages[ctx.lang];
  const count = sections.length;
  const step = Math.min(ctx.step, Math.max(0, count - 1));
  const sec = sections[step];
  return html`<div class="progress" part="progress" role="group" aria-labelledby="${ctx.uid}-prog" data-focus-top tabindex="-1">
      <p id="${ctx.uid}-prog">${m.progressSection(step + 1, count)}</p>
      <progress max=${count} .value=${step + 1} aria-labelledby="${ctx.uid}-prog"></progress>
    </div>
    ${sec ? section(sec, problems, ctx) : nothing}
    ${actions(step, step >= count - 1, () => (sec ? visibleItems(sec, ctx.answers) : []), ctx)}`;
}

/** `kiosk`: one question per screen, with its section and progress. */
export function kioskScreen(items: readonly SurveyItem[], problems: Map<string, Problem>, ctx: ScreenContext): TemplateResult {
  const m = surveyMessages[ctx.lang];
  const count = items.length;
  const step = Math.min(ctx.step, Math.max(0, count - 1));
  const item = items[step];
  const sec = item ? sectionOf(ctx.definition, item) : undefined;
  return html`<div class="progress" part="progress" role="group" aria-labelledby="${ctx.uid}-prog" data-focus-top tabindex="-1">
      <p id="${ctx.uid}-prog">
        ${sec ? html`<span>${sec.code ? `${sec.code}. ` : ''}${t(sec.title, ctx.lang)} · </span>` : nothing}${m.progressQuestion(step + 1, count)}
      </p>
      <progress max=${count} .value=${step + 1} aria-labelledby="${ctx.uid}-prog"></progress>
    </div>
    ${item ? question(item, problems.get(item.code), ctx) : nothing}
    ${actions(step, step >= count - 1, () => (item ? [item] : []), ctx)}`;
}
