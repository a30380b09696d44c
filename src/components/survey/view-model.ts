/**
 * View data of the survey, apart from any DOM: which sections and items each screen shows, how a
 * question and its problem are named, what a host form's validity says, and the status line.
 * Pure functions of the definition and the answers (the rules themselves are in model.ts).
 */
import type { SurveyDefinition, SurveyItem, SurveySection } from '../../contract/survey.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { surveyMessages } from './messages.js';
import { allVisibleItems, itemByCode, t, visibleItems, type Answers, type Problem } from './model.js';

/**
 * The code printed before a question, as on the paper form ("A1. "). Internal codes of the
 * metadata and respondent blocks (`meta.ward`, `info.sex`) are not shown to respondents.
 */
export function printedCode(code: string): string {
  return code.includes('.') ? '' : `${code}. `;
}

/** How a question is named in the error summary and the validation message ("A1. Text"). */
export function itemLabel(definition: SurveyDefinition, code: string, lang: Lang): string {
  const item = itemByCode(definition, code);
  return item ? `${printedCode(item.code)}${t(item.text, lang)}` : code;
}

/** How the form is laid out: every section on a page, a section per step, or a question per kiosk screen. */
export interface Layout {
  kiosk: boolean;
  mode: 'page' | 'steps';
  step: number;
}

/** Sections with at least one shown item. */
export function shownSections(definition: SurveyDefinition, answers: Answers): SurveySection[] {
  return definition.sections.filter((s) => visibleItems(s, answers).length > 0);
}

/** The section holding `item` (directly or in a group). */
export function sectionOf(definition: SurveyDefinition, item: SurveyItem): SurveySection | undefined {
  return definition.sections.find((s) => s.items.some((i) => i === item || (i.type === 'group' && i.items.includes(item as never))));
}

/** The items on the current screen: the ones whose problems are shown after a send attempt. */
export function screenItems(definition: SurveyDefinition, answers: Answers, layout: Layout): SurveyItem[] {
  if (layout.kiosk) return allVisibleItems(definition, answers).slice(layout.step, layout.step + 1);
  if (layout.mode === 'steps') return visibleItems(shownSections(definition, answers)[layout.step] ?? definition.sections[0]!, answers);
  return allVisibleItems(definition, answers);
}

/** The wording of a problem in `lang`. */
export function problemText(p: Problem, lang: Lang): string {
  const m = surveyMessages[lang];
  const n = p.limit !== undefined ? formatNumber(p.limit, lang) : '';
  switch (p.kind) {
    case 'number':
      return m.errNumber;
    case 'integer':
      return m.errInteger;
    case 'min':
      return m.errMin(n);
    case 'max':
      return m.errMax(n);
    case 'maxLength':
      return m.errMaxLength(n);
    case 'maxSelected':
      return m.errMaxSelected(n);
    case 'phone':
      return m.errPhone;
    default:
      return m.errRequired;
  }
}

/** The constraint-validation flags a host form sees for the first problem (none: nothing answered). */
export function validityFlags(first: Problem | undefined): ValidityStateFlags {
  switch (first?.kind) {
    case undefined:
    case 'required':
      return { valueMissing: true };
    case 'min':
      return { rangeUnderflow: true };
    case 'max':
      return { rangeOverflow: true };
    case 'maxLength':
      return { tooLong: true };
    default:
      return { badInput: true };
  }
}

/** Where a submitted response stands. */
/** `sign-in`: the server wants a sign-in (401, 403, a redirect to a sign-in page); the response waits on the device. */
export type SurveySendState = 'idle' | 'queued' | 'sending' | 'sent' | 'failed' | 'sign-in';

/** What the status line says: the last response's state, then how many wait to be sent. */
export function sendStatusText(state: SurveySendState, waiting: number, lang: Lang): string {
  const m = surveyMessages[lang];
  const text = state === 'idle' ? '' : { queued: m.queued, sending: m.sending, sent: m.sent, failed: m.failed, 'sign-in': m.signIn }[state];
  const more = waiting > 0 && state !== 'queued' && state !== 'sending' && state !== 'sign-in' ? m.waiting(waiting) : '';
  return `${text}${text && more ? ' · ' : ''}${more}`;
}
