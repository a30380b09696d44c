/**
 * The numbers of a chart as table text and CSV. Pure; built from the model, so hidden figures
 * appear only as "<5" or "ẩn"/"hidden".
 */
import type { Lang } from '../../i18n/lang.js';
import { formatStatValue } from '../../i18n/stat-format.js';
import type { Cell, ChartModel } from './model.js';
import { statMessages } from './messages.js';
import { toCsv, type CsvOptions, type CsvValue } from '../../base/controllers/export.js';

/** What a table cell shows. */
export function cellText(cell: Cell, model: ChartModel, lang: Lang): string {
  switch (cell.state) {
    case 'value':
      return formatStatValue(cell.value!, model.unit, lang, model.decimals);
    case 'suppressed':
      return `<${model.threshold}`;
    case 'secondary':
      return statMessages[lang].hidden;
    default:
      return '—';
  }
}

/** Heading of the first column: what the rows are. */
export function rowHeading(model: ChartModel, lang: Lang): string {
  const m = statMessages[lang];
  return model.xDim === 'period' ? m.period : model.xDim === 'orgUnit' ? m.orgUnit : m.category;
}

function csvValue(cell: Cell, model: ChartModel, lang: Lang): CsvValue {
  if (cell.state === 'value') return cell.value;
  if (cell.state === 'suppressed') return `<${model.threshold}`;
  if (cell.state === 'secondary') return statMessages[lang].hidden;
  return '';
}

/**
 * The table as CSV, through the shared writer (`base/controllers/export.ts`): numbers stay numbers
 * (unformatted, no thousands separator), hidden figures are written as "<5" or "ẩn".
 */
export function tableCsv(model: ChartModel, lang: Lang, options: CsvOptions = {}): string {
  const m = statMessages[lang];
  const header = [rowHeading(model, lang), ...model.series.map((s) => s.label), ...(model.totals ? [m.total] : [])];
  const rows = model.x.map((x, i) => {
    const row: CsvValue[] = [x.label, ...model.series.map((_, s) => csvValue(model.cells[s]![i]!, model, lang))];
    if (model.totals) row.push(csvValue(model.totals[i]!, model, lang));
    return row;
  });
  return toCsv(header, rows, options);
}
