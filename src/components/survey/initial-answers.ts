/**
 * Pre-filled answers of a survey: an item's `initial`, or today's date in Vietnam for
 * `initialToday` dates (the MoH forms' "Ngày điền phiếu"); whether the respondent has started; and
 * a form opened before midnight and sent after it. Pure: no DOM.
 */
import type { SurveyAnswer, SurveyDefinition, SurveyItem } from '../../contract/survey.js';
import { vietnamDate } from '../../contract/shared.js';
import { itemByCode, type Answers } from './model.js';

function leaves(definition: SurveyDefinition): SurveyItem[] {
  return definition.sections.flatMap((s) => s.items.flatMap((i) => (i.type === 'group' ? i.items : [i])));
}

/** An item's pre-filled answer at `now`: its `initial`, or today in Vietnam for `initialToday` dates. */
function initialOf(item: SurveyItem | undefined, now: Date): SurveyAnswer | undefined {
  if (item?.type === 'date' && item.initialToday) return vietnamDate(now);
  return (item as { initial?: SurveyAnswer } | undefined)?.initial;
}

/** The answers with every pre-filled answer added where nothing is answered yet. */
export function withInitialAnswers(definition: SurveyDefinition, answers: Answers, now: Date = new Date()): Answers {
  const out = { ...answers };
  for (const leaf of leaves(definition)) {
    const initial = initialOf(leaf, now);
    if (initial !== undefined && out[leaf.code] === undefined) out[leaf.code] = initial;
  }
  return out;
}

/**
 * True while every answer is the one pre-filled when the form was opened at `openedAt`: the
 * respondent has not started (a changed pre-filled date counts as started).
 */
export function onlyInitialAnswers(definition: SurveyDefinition, answers: Answers, openedAt: Date = new Date()): boolean {
  return Object.entries(answers).every(([code, value]) => {
    const initial = initialOf(itemByCode(definition, code), openedAt);
    return initial !== undefined && JSON.stringify(initial) === JSON.stringify(value);
  });
}

/**
 * A form opened on one day and sent on a later one (a kiosk left open past midnight): every
 * "today" date still as pre-filled moves to the day it is sent. A date the respondent changed
 * stays as they wrote it.
 */
export function refreshTodayAnswers(definition: SurveyDefinition, answers: Answers, openedAt: Date, now: Date = new Date()): Answers {
  const then = vietnamDate(openedAt);
  const today = vietnamDate(now);
  if (then === today) return answers;
  let out = answers;
  for (const leaf of leaves(definition)) {
    if (leaf.type === 'date' && leaf.initialToday && answers[leaf.code] === then) {
      if (out === answers) out = { ...answers };
      out[leaf.code] = today;
    }
  }
  return out;
}
