import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SurveyDefinition, SurveyItem } from '../../../contract/survey.js';
import type { Lang } from '../../../i18n/lang.js';
import { surveyMessages } from '../messages.js';
import { answerExtra, answerValue, asksReason, scaleOptions, t, type Answers, type Problem } from '../model.js';
import { printedCode, problemText } from '../view-model.js';
import { face } from './faces.js';

/** What a question needs from the survey to render. */
export interface QuestionContext {
  /** Prefix of the ids tying labels, help and errors to their controls. */
  uid: string;
  definition: SurveyDefinition;
  answers: Answers;
  lang: Lang;
  disabled: boolean;
  faces: boolean;
  askReason: boolean;
  /** Codes whose "other" text box the respondent opened. */
  otherOpen: ReadonlySet<string>;
  /** The read-aloud voice on a kiosk, else undefined or false (no button). */
  voice: SpeechSynthesisVoice | undefined | false;
  onReadAloud: (item: SurveyItem) => void;
}

/**
 * One question, re-rendered only when something it shows changed: answering one question of a
 * long form touches that question alone, not every other one.
 */
export function question(item: SurveyItem, problem: Problem | undefined, ctx: QuestionContext): unknown {
  return guard(
    [
      item,
      ctx.definition,
      ctx.answers[item.code],
      problem?.kind,
      problem?.limit,
      ctx.lang,
      ctx.disabled,
      ctx.faces,
      ctx.askReason,
      ctx.voice,
      ctx.otherOpen.has(item.code),
    ],
    () => renderItem(item, problem, ctx),
  );
}

function renderItem(item: SurveyItem, problem: Problem | undefined, ctx: QuestionContext): TemplateResult {
  const { lang, disabled } = ctx;
  const m = surveyMessages[lang];
  const id = `${ctx.uid}-${item.code}`;
  const text = t(item.text, lang);
  const help = item.help ? html`<p class="help" id="${id}-help">${t(item.help, lang)}</p>` : nothing;
  const err = problem ? html`<p class="err" id="${id}-err">${problemText(problem, lang)}</p>` : nothing;
  const describedBy = [item.help ? `${id}-help` : '', problem ? `${id}-err` : ''].filter(Boolean).join(' ') || nothing;
  const req = item.required
    ? html`<span class="req" aria-hidden="true"> *</span><span class="sr"> (${m.required})</span>`
    : nothing;
  const labelText = html`${printedCode(item.code) ? html`<span class="code">${item.code}.</span>` : nothing}${text}${req}`;
  const speakButton = ctx.voice ? readAloudButton(item, ctx) : nothing;
  const answer = ctx.answers[item.code];
  const value = answerValue(answer);
  if (item.type === 'display') return html`<p class="q" part="question">${text}</p>`;
  if (item.type === 'group') return html``;
  if (item.type === 'scale5' || item.type === 'single' || item.type === 'multiple') {
    const multiple = item.type === 'multiple';
    const options = item.type === 'scale5' ? scaleOptions(ctx.definition, item) : item.options;
    const chosen = (v: unknown) => (multiple ? Array.isArray(value) && value.some((x) => String(x) === String(v)) : value !== undefined && value !== null && String(value) === String(v));
    const otherText = answerExtra(answer, 'other');
    const otherOn = item.type !== 'scale5' && item.allowOther && (ctx.otherOpen.has(item.code) || !!otherText);
    let first = true;
    const anchor = () => {
      const a = first;
      first = false;
      return a;
    };
    const askReason = item.type === 'scale5' && asksReason(ctx.definition, item, value, ctx.askReason);
    return html`<fieldset
      class="q"
      part="question"
      id=${id}
      ?data-invalid=${!!problem}
      role=${ifDefined(multiple ? undefined : 'radiogroup')}
      aria-labelledby=${multiple ? nothing : `${id}-legend`}
      aria-describedby=${describedBy}
      aria-required=${ifDefined(item.required && !multiple ? 'true' : undefined)}
    >
      <legend id="${id}-legend">${labelText}</legend>
      ${speakButton} ${help} ${err}
      <div class="options${item.type === 'scale5' ? ' scale' : ''}">
        ${options.map(
          (o) => html`<label class="opt" part="option">
            <input
              type=${multiple ? 'checkbox' : 'radio'}
              name=${id}
              .value=${String(o.value)}
              .checked=${chosen(o.value)}
              ?disabled=${disabled}
              data-code=${anchor() ? item.code : nothing}
              data-for=${item.code}
              data-role=${multiple ? 'check' : 'choice'}
              aria-invalid=${ifDefined(problem ? 'true' : undefined)}
            />${item.type === 'scale5' && ctx.faces && typeof o.score === 'number' ? face(o.score) : nothing}${item.type === 'scale5' && typeof o.value === 'number' && o.value > 0
              ? html`<span class="num">${o.value}</span>`
              : nothing}<span>${t(o.label, lang)}</span>
          </label>`,
        )}
        ${item.type !== 'scale5' && item.allowOther
          ? html`<label class="opt" part="option">
              <input
                type=${multiple ? 'checkbox' : 'radio'}
                name=${id}
                value="__other"
                .checked=${!!otherOn && (multiple || value === undefined || value === null)}
                ?disabled=${disabled}
                data-for=${item.code}
                data-code=${item.code}
                data-role=${multiple ? 'check-other' : 'choice-other'}
              /><span>${m.otherOption}</span>
            </label>`
          : nothing}
      </div>
      ${otherOn
        ? html`<div class="sub">
            <label for="${id}-other">${m.otherLabel}</label>
            <input class="box" id="${id}-other" data-code=${item.code} data-role="other" .value=${otherText} ?disabled=${disabled} maxlength="2000" />
          </div>`
        : nothing}
      ${askReason
        ? html`<div class="sub">
            <label for="${id}-reason">${ctx.definition.reasonPrompt ? t(ctx.definition.reasonPrompt, ctx.lang) : m.reasonLabel} ${m.reasonOptional}</label>
            <textarea class="box" id="${id}-reason" data-code=${item.code} data-role="reason" .value=${answerExtra(answer, 'reason')} ?disabled=${disabled} maxlength="2000"></textarea>
          </div>`
        : nothing}
    </fieldset>`;
  }
  // Single-input items: text, long text, number, date.
  const controlId = `${id}-input`;
  const invalid = problem ? ('true' as const) : undefined;
  const required = item.required ? ('true' as const) : undefined;
  const str = value === undefined || value === null ? '' : String(value);
  let control: TemplateResult;
  if (item.type === 'longtext') {
    control = html`<textarea
      class="box"
      id=${controlId}
      data-code=${item.code}
      data-role="text"
      .value=${str}
      maxlength=${ifDefined(item.maxLength)}
      ?disabled=${disabled}
      aria-invalid=${ifDefined(invalid)}
      aria-describedby=${describedBy}
      aria-required=${ifDefined(required)}
    ></textarea>`;
  } else if (item.type === 'number') {
    control = html`<span class="inline">
      <input
        class="box short"
        type="number"
        id=${controlId}
        data-code=${item.code}
        data-role="number"
        .value=${str}
        min=${ifDefined(item.min)}
        max=${ifDefined(item.max)}
        .step=${item.integer ? '1' : 'any'}
        inputmode=${item.integer ? 'numeric' : 'decimal'}
        ?disabled=${disabled}
        aria-invalid=${ifDefined(invalid)}
        aria-describedby=${describedBy}
        aria-required=${ifDefined(required)}
      />${item.unit ? html`<span>${t(item.unit, lang)}</span>` : nothing}
    </span>`;
  } else if (item.type === 'date') {
    control = html`<input
      class="box short"
      type="date"
      id=${controlId}
      data-code=${item.code}
      data-role="text"
      .value=${str}
      ?disabled=${disabled}
      aria-invalid=${ifDefined(invalid)}
      aria-describedby=${describedBy}
      aria-required=${ifDefined(required)}
    />`;
  } else {
    const mode = item.inputMode ?? 'text';
    control = html`<input
      class="box"
      type=${mode === 'tel' ? 'tel' : mode === 'email' ? 'email' : 'text'}
      inputmode=${mode}
      autocomplete=${mode === 'tel' ? 'tel' : 'off'}
      id=${controlId}
      data-code=${item.code}
      data-role="text"
      .value=${str}
      maxlength=${ifDefined(item.maxLength)}
      ?disabled=${disabled}
      aria-invalid=${ifDefined(invalid)}
      aria-describedby=${describedBy}
      aria-required=${ifDefined(required)}
    />`;
  }
  return html`<div class="q" part="question" id=${id} ?data-invalid=${!!problem}>
    <label class="label" for=${controlId}>${labelText}</label>
    ${speakButton} ${help} ${err} ${control}
  </div>`;
}

function readAloudButton(item: SurveyItem, ctx: QuestionContext): TemplateResult {
  return html`<div class="toolbar">
    <button class="btn" type="button" data-variant="secondary" data-speak @click=${() => ctx.onReadAloud(item)}>🔊 ${surveyMessages[ctx.lang].readAloud}</button>
  </div>`;
}

/** What one input of a question reports, read back from the data attributes rendered above. */
export interface QuestionInput {
  code: string;
  role: string;
  value: string;
  checked: boolean;
}

/** The question input an `input` or `change` event came from, or undefined (not one of ours). */
export function questionInput(e: Event): QuestionInput | undefined {
  const target = e.target as HTMLInputElement | HTMLTextAreaElement;
  const code = target.dataset['for'] ?? target.dataset['code'];
  const role = target.dataset['role'];
  return code && role ? { code, role, value: target.value, checked: (target as HTMLInputElement).checked === true } : undefined;
}

/** Choices answer on `change`; text fields answer while typing (`input`). */
export function isChoiceInput(e: Event): boolean {
  const target = e.target as HTMLInputElement;
  return target.type === 'radio' || target.type === 'checkbox';
}
