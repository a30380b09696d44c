/**
 * Satisfaction indices for a survey definition and its responses. Pure functions, no DOM, so they
 * run in Node as well (a back end can compute the same numbers as the page).
 *
 * Two indices are reported side by side, as the Ministry of Health reports both:
 * - mean score out of 5 (and as a percentage, mean / 5), over every valid rating;
 * - satisfaction rate: ratings of 4 or 5 / valid ratings.
 * "Valid" excludes "not used / no opinion" (an option whose score is `null`, the 0 of the MoH
 * scale), missing answers and values that are not on the item's scale. Ratings are pooled: a
 * section's index counts every valid rating of its items, the overall index every rating of the
 * form. Only `completed` and `amended` responses of this definition are counted.
 */
import { DEFAULT_SCALE5, surveyItems, type ScaleOption, type SurveyDefinition, type SurveyItem, type SurveyResponse } from '../../contract/survey.js';
import type { LocalizedText } from '../../contract/shared.js';

/** Counts behind an index. */
export interface RatingTally {
  /** Valid ratings (scored). */
  valid: number;
  /** "Not used / no opinion" answers: never part of any index. */
  notUsed: number;
  /** Ratings scoring 4 or 5. */
  satisfied: number;
  /** Sum of the valid scores. */
  sum: number;
}

export interface SatisfactionIndex extends RatingTally {
  /** Mean score out of 5; null with no valid rating. */
  mean: number | null;
  /** mean / 5, a ratio in [0, 1]. */
  meanPercent: number | null;
  /** satisfied / valid, a ratio in [0, 1]. */
  satisfactionRate: number | null;
}

export interface TargetComparison {
  /** The target, a ratio (0.8 = 80%). */
  target: number;
  value: number | null;
  /** null when there is no value to compare. */
  met: boolean | null;
  /** value − target (negative when below); null without a value. */
  gap: number | null;
}

export interface ItemIndex {
  code: string;
  text: LocalizedText;
  index: SatisfactionIndex;
}

export interface SectionIndex {
  id: string;
  code?: string;
  title: LocalizedText;
  items: ItemIndex[];
  index: SatisfactionIndex;
}

export interface GroupIndex {
  /** Ward code or period id (`2026M03`, `2026Q1`); '' when unknown. */
  key: string;
  /** Responses in the group. */
  responses: number;
  index: SatisfactionIndex;
}

export interface NumberSummary {
  code: string;
  text: LocalizedText;
  count: number;
  mean: number | null;
  min: number | null;
  max: number | null;
}

export interface ChoiceDistribution {
  code: string;
  text: LocalizedText;
  /** Answers counted (one per response that answered). */
  total: number;
  options: { value: string | number; label: LocalizedText; count: number; share: number | null }[];
  /** Answers whose value is not one of the options. */
  unknown: number;
}

export type PeriodGranularity = 'month' | 'quarter';

export interface SurveyIndices {
  /** Responses counted. */
  counted: number;
  /** Responses left out: not completed/amended, or of another form. */
  excluded: { status: number; otherForm: number };
  /** Rated items (scale5) in the form. */
  ratedItems: number;
  overall: SatisfactionIndex;
  sections: SectionIndex[];
  wards: GroupIndex[];
  periods: GroupIndex[];
  /** G1, "% of expectations met" (may exceed 100). */
  expectation: NumberSummary | null;
  /** Single-choice questions outside the metadata and respondent blocks (E7/E5, G2…). */
  distributions: ChoiceDistribution[];
}

const COUNTED_STATUS = new Set(['completed', 'amended']);

export function emptyTally(): RatingTally {
  return { valid: 0, notUsed: 0, satisfied: 0, sum: 0 };
}

export function toIndex(t: RatingTally): SatisfactionIndex {
  const mean = t.valid > 0 ? t.sum / t.valid : null;
  return {
    ...t,
    mean,
    meanPercent: mean === null ? null : mean / 5,
    satisfactionRate: t.valid > 0 ? t.satisfied / t.valid : null,
  };
}

function add(into: RatingTally, from: RatingTally): void {
  into.valid += from.valid;
  into.notUsed += from.notUsed;
  into.satisfied += from.satisfied;
  into.sum += from.sum;
}

/** The value part of an answer (answers may be `{ value, other, reason }`). */
export function answerValue(answer: unknown): unknown {
  if (answer !== null && typeof answer === 'object' && !Array.isArray(answer)) {
    return (answer as { value?: unknown }).value;
  }
  return answer;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'string') return b.trim() !== '' && Number(b) === a;
  if (typeof a === 'string' && typeof b === 'number') return a.trim() !== '' && Number(a) === b;
  return false;
}

/** The options of a scale5 item: its named scale, else the MoH default. */
export function scaleOptions(definition: SurveyDefinition, item: SurveyItem): ScaleOption[] {
  if (item.type !== 'scale5') return [];
  const named = item.scale ? definition.scales?.find((s) => s.id === item.scale)?.options : undefined;
  return named ?? DEFAULT_SCALE5;
}

/**
 * Scores one answer on a scale: a number 1–5 for a valid rating, `null` for "not used", and
 * `undefined` for no answer or a value that is not on the scale.
 */
export function scoreAnswer(options: readonly ScaleOption[], answer: unknown): number | null | undefined {
  const value = answerValue(answer);
  if (value === undefined || value === null || value === '') return undefined;
  const option = options.find((o) => sameValue(o.value, value));
  if (!option) return undefined;
  if (option.score === null) return null;
  const score = option.score ?? (typeof option.value === 'number' ? option.value : Number(option.value));
  return Number.isFinite(score) ? score : undefined;
}

function tallyScore(t: RatingTally, score: number | null | undefined): void {
  if (score === undefined) return;
  if (score === null) {
    t.notUsed += 1;
    return;
  }
  t.valid += 1;
  t.sum += score;
  if (score >= 4) t.satisfied += 1;
}

/** Compares a value with a target (both ratios); `direction` 'at-most' for ceilings. */
export function compareWithTarget(
  value: number | null,
  target: number,
  direction: 'at-least' | 'at-most' = 'at-least',
): TargetComparison {
  if (value === null || !Number.isFinite(value)) return { target, value: null, met: null, gap: null };
  const gap = value - target;
  // Compare at 1e-9 so 0.8 - 0.8 computed through sums is not a miss.
  const met = direction === 'at-least' ? gap >= -1e-9 : gap <= 1e-9;
  return { target, value, met, gap };
}

/** Ward of a response: `metadata.wardCode`, else the answer to `meta.ward`; '' when unknown. */
export function responseWard(r: SurveyResponse): string {
  const fromMeta = r.metadata?.wardCode;
  if (fromMeta) return fromMeta;
  const a = answerValue(r.answers['meta.ward']);
  return typeof a === 'string' || typeof a === 'number' ? String(a).trim() : '';
}

/** The date a response was filled: `metadata.filledOn`, the `meta.filledOn` answer, or submission date. */
export function responseDate(r: SurveyResponse): string {
  const candidates = [r.metadata?.filledOn, answerValue(r.answers['meta.filledOn']), r.submittedAt, r.startedAt];
  for (const c of candidates) {
    if (typeof c === 'string' && /^\d{4}-(0[1-9]|1[0-2])/.test(c)) return c;
  }
  return '';
}

/** Period id of a date: `2026M03` (month) or `2026Q1` (quarter); '' when the date is unknown. */
export function periodOf(date: string, granularity: PeriodGranularity): string {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m) return '';
  const month = Number(m[2]);
  return granularity === 'month' ? `${m[1]}M${m[2]}` : `${m[1]}Q${Math.ceil(month / 3)}`;
}

/** True for items of the metadata (`meta.*`) and respondent (`info.*`) blocks. */
const isBlockItem = (code: string) => code.includes('.');

/**
 * Computes every index for `responses` to `definition`. Responses are assumed to have passed
 * `parseSurveyResponse`; anything unexpected inside answers is ignored, never thrown on.
 */
export function computeSurveyIndices(
  definition: SurveyDefinition,
  responses: readonly SurveyResponse[],
  options: { period?: PeriodGranularity } = {},
): SurveyIndices {
  const granularity = options.period ?? 'month';
  const excluded = { status: 0, otherForm: 0 };
  const counted: SurveyResponse[] = [];
  for (const r of responses) {
    if (r.definitionId !== definition.id) excluded.otherForm += 1;
    else if (!COUNTED_STATUS.has(r.status)) excluded.status += 1;
    else counted.push(r);
  }

  const rated: { item: SurveyItem; sectionIndex: number; options: ScaleOption[] }[] = [];
  definition.sections.forEach((s, si) => {
    for (const top of s.items) {
      const list = top.type === 'group' ? top.items : [top];
      for (const item of list) {
        if (item.type === 'scale5') rated.push({ item, sectionIndex: si, options: scaleOptions(definition, item) });
      }
    }
  });

  const itemTallies = rated.map(() => emptyTally());
  const wardTallies = new Map<string, { responses: number; tally: RatingTally }>();
  const periodTallies = new Map<string, { responses: number; tally: RatingTally }>();

  for (const r of counted) {
    const own = emptyTally();
    rated.forEach(({ item, options: opts }, k) => {
      const score = scoreAnswer(opts, r.answers[item.code]);
      tallyScore(itemTallies[k]!, score);
      tallyScore(own, score);
    });
    for (const [map, key] of [
      [wardTallies, responseWard(r)],
      [periodTallies, periodOf(responseDate(r), granularity)],
    ] as const) {
      const g = map.get(key) ?? { responses: 0, tally: emptyTally() };
      g.responses += 1;
      add(g.tally, own);
      map.set(key, g);
    }
  }

  const overall = emptyTally();
  const sections: SectionIndex[] = [];
  definition.sections.forEach((s, si) => {
    const items: ItemIndex[] = [];
    const sectionTally = emptyTally();
    rated.forEach(({ item, sectionIndex }, k) => {
      if (sectionIndex !== si) return;
      items.push({ code: item.code, text: item.text, index: toIndex(itemTallies[k]!) });
      add(sectionTally, itemTallies[k]!);
    });
    if (items.length === 0) return;
    add(overall, sectionTally);
    sections.push({ id: s.id, ...(s.code ? { code: s.code } : {}), title: s.title, items, index: toIndex(sectionTally) });
  });

  const groups = (map: Map<string, { responses: number; tally: RatingTally }>, compare: (a: string, b: string) => number) =>
    [...map.entries()]
      .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : compare(a, b)))
      .map(([key, g]) => ({ key, responses: g.responses, index: toIndex(g.tally) }));

  const all = surveyItems(definition);
  const g1 = all.find((i) => i.code === 'G1' && i.type === 'number');
  let expectation: NumberSummary | null = null;
  if (g1) {
    const values: number[] = [];
    for (const r of counted) {
      const v = answerValue(r.answers[g1.code]);
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      if (Number.isFinite(n) && n >= 0) values.push(n);
    }
    expectation = {
      code: g1.code,
      text: g1.text,
      count: values.length,
      mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
    };
  }

  const distributions: ChoiceDistribution[] = [];
  for (const item of all) {
    if (item.type !== 'single' || isBlockItem(item.code)) continue;
    const counts = item.options.map(() => 0);
    let total = 0;
    let unknown = 0;
    for (const r of counted) {
      const v = answerValue(r.answers[item.code]);
      if (v === undefined || v === null || v === '') continue;
      total += 1;
      const k = item.options.findIndex((o) => sameValue(o.value, v));
      if (k < 0) unknown += 1;
      else counts[k]! += 1;
    }
    distributions.push({
      code: item.code,
      text: item.text,
      total,
      unknown,
      options: item.options.map((o, k) => ({
        value: o.value,
        label: o.label,
        count: counts[k]!,
        share: total > 0 ? counts[k]! / total : null,
      })),
    });
  }

  return {
    counted: counted.length,
    excluded,
    ratedItems: rated.length,
    overall: toIndex(overall),
    sections,
    wards: groups(wardTallies, (a, b) => a.localeCompare(b, 'vi')),
    periods: groups(periodTallies, (a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    expectation,
    distributions,
  };
}
