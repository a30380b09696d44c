/**
 * From the element's settings and the computed indices to what `<ansinh-survey-results>` shows:
 * which responses count, the target as a ratio, the rows of each table with their labels, and the
 * `ChartSpec` of the chart beside each table. Pure, no DOM, no Lit. The indices themselves are in
 * indices.ts, the chart datasets in datasets.ts and the CSV in csv.ts.
 */
import type { LocalizedText } from '../../contract/shared.js';
import type { SurveyDefinition, SurveyResponse } from '../../contract/survey.js';
import type { ChartRow, ChartSpec } from './datasets.js';
import type { PeriodGranularity, SatisfactionIndex, SurveyIndices } from './indices.js';
import { resultsMessages } from './messages.js';
import { periodLabel as sharedPeriodLabel } from '../../i18n/period.js';

export type ResultsGroupBy = 'section' | 'ward' | 'period';

/** One row of an index table: a section, ward, period or question. */
export interface IndexRow {
  key: string;
  code?: string;
  label: LocalizedText;
  responses?: number;
  index: SatisfactionIndex;
}

/** An index table: its id (`data-table`), caption and first-column heading, rows and total. */
export interface IndexTable {
  id: string;
  caption: LocalizedText;
  keyHeader: LocalizedText;
  rows: IndexRow[];
  total?: SatisfactionIndex;
  /** What the chart's axis is: categories (bars) or periods (a line). */
  axis: 'category' | 'period';
}

const both = (key: 'bySection' | 'byWard' | 'byPeriod' | 'byItem' | 'section' | 'ward' | 'period' | 'item' | 'unknownWard' | 'unknownPeriod'): LocalizedText => ({
  vi: resultsMessages.vi[key],
  en: resultsMessages.en[key],
});

/** The main grouping: `group-by="month"` and `"quarter"` mean periods. */
export function mainGrouping(groupBy: string): ResultsGroupBy {
  return groupBy === 'ward' ? 'ward' : groupBy === 'period' || groupBy === 'month' || groupBy === 'quarter' ? 'period' : 'section';
}

/** The period length: named by `group-by` (`month`, `quarter`), else by `period`. */
export function granularityOf(groupBy: string, period: string): PeriodGranularity {
  if (groupBy === 'quarter') return 'quarter';
  if (groupBy === 'month') return 'month';
  return period === 'quarter' ? 'quarter' : 'month';
}

/** The target as a ratio in [0, 1] (80 and 0.8 both mean 80%), or undefined when unset or unusable. */
export function targetRatioOf(target: number | undefined): number | undefined {
  if (typeof target !== 'number' || !Number.isFinite(target) || target <= 0) return undefined;
  if (target <= 1) return target;
  if (target <= 100) return target / 100;
  return undefined;
}

/** The responses the indices count: this form, completed or amended. */
export function countedResponses(def: SurveyDefinition, responses: readonly SurveyResponse[]): SurveyResponse[] {
  return responses.filter((r) => r.definitionId === def.id && (r.status === 'completed' || r.status === 'amended'));
}

/** A ward's name from `wardNames` (a string, or vi and en), else its code. */
export function wardLabel(wardNames: Record<string, string | LocalizedText> | undefined, code: string): LocalizedText {
  const name = wardNames && Object.prototype.hasOwnProperty.call(wardNames, code) ? wardNames[code] : undefined;
  if (typeof name === 'string' && name) return { vi: name, en: name };
  if (name && typeof name === 'object' && typeof name.vi === 'string') return name;
  return { vi: code, en: code };
}

/**
 * A period key as words, as every element writes periods (src/i18n/period.ts): `2026M03`
 * "Tháng 3/2026" / "Mar 2026", `2026Q1` "Quý I/2026" / "Q1 2026"; '' is an unknown period.
 */
export function periodLabel(key: string): LocalizedText {
  if (key === '') return { vi: resultsMessages.vi.unknownPeriod, en: resultsMessages.en.unknownPeriod };
  return { vi: sharedPeriodLabel(key, 'vi'), en: sharedPeriodLabel(key, 'en') };
}

/** The main table: by section (default), ward or period, with the overall index as total. */
export function mainTable(ix: SurveyIndices, groupBy: string, wardNames: Record<string, string | LocalizedText> | undefined): IndexTable {
  const by = mainGrouping(groupBy);
  if (by === 'ward') {
    const rows: IndexRow[] = ix.wards.map((w) => ({
      key: w.key,
      label: w.key === '' ? both('unknownWard') : wardLabel(wardNames, w.key),
      responses: w.responses,
      index: w.index,
    }));
    return { id: 'by-ward', caption: both('byWard'), keyHeader: both('ward'), rows, total: ix.overall, axis: 'category' };
  }
  if (by === 'period') {
    const rows: IndexRow[] = ix.periods.map((p) => ({ key: p.key, label: periodLabel(p.key), responses: p.responses, index: p.index }));
    return { id: 'by-period', caption: both('byPeriod'), keyHeader: both('period'), rows, total: ix.overall, axis: 'period' };
  }
  const rows: IndexRow[] = ix.sections.map((s) => ({ key: s.id, ...(s.code ? { code: s.code } : {}), label: s.title, index: s.index }));
  return { id: 'by-section', caption: both('bySection'), keyHeader: both('section'), rows, total: ix.overall, axis: 'category' };
}

/** The table of every rated question, by its code; no total. */
export function itemTable(ix: SurveyIndices): IndexTable {
  const rows: IndexRow[] = ix.sections.flatMap((s) => s.items.map((i) => ({ key: i.code, code: i.code, label: i.text, index: i.index })));
  return { id: 'by-item', caption: both('byItem'), keyHeader: both('item'), rows, axis: 'category' };
}

/** Year of the latest response (a valid period id for category charts); this year when none. */
export function dataYear(ix: SurveyIndices | undefined, now: Date = new Date()): string {
  const latest = ix?.periods.filter((p) => p.key !== '').at(-1)?.key;
  return latest ? latest.slice(0, 4) : String(now.getFullYear());
}

/** The chart of an index table: the satisfaction rate (a percentage) of each row, and the target. */
export function indexChartSpec(table: IndexTable, caption: string, period: string, targetRatio: number | undefined): ChartSpec {
  const vi = resultsMessages.vi;
  const en = resultsMessages.en;
  return {
    id: table.id,
    title: { vi: `${vi.rate} · ${caption}`, en: `${en.rate} · ${caption}` },
    indicator: { code: 'satisfaction-rate', name: { vi: vi.rate, en: en.rate }, unit: 'percent' },
    axis: table.axis,
    rows: table.rows.map(
      (r): ChartRow => ({
        key: r.key,
        label: r.code ? { vi: r.code, en: r.code } : r.label,
        value: r.index.satisfactionRate === null ? null : Math.round(r.index.satisfactionRate * 1000) / 10,
      }),
    ),
    period,
    ...(targetRatio !== undefined ? { target: { value: targetRatio * 100, label: { vi: vi.target, en: en.target } } } : {}),
  };
}

/** The chart of a single-choice question: the count of each option. */
export function distributionChartSpec(d: SurveyIndices['distributions'][number], period: string): ChartSpec {
  const vi = resultsMessages.vi;
  const en = resultsMessages.en;
  return {
    id: `distribution-${d.code}`,
    title: { vi: `${vi.distribution(d.code)}`, en: `${en.distribution(d.code)}` },
    indicator: { code: 'answers', name: { vi: vi.count, en: en.count }, unit: 'count' },
    axis: 'category',
    rows: d.options.map((o) => ({ key: String(o.value), label: o.label, value: o.count })),
    period,
  };
}
