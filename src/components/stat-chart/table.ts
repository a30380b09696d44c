/**
 * The numbers of a chart as table text and CSV. Pure; built from the model, so hidden figures
 * appear only as "<5" or "ẩn"/"hidden".
 */
import type { Lang } from '../../i18n/lang.js';
import { formatStatValue } from './format.js';
import type { Cell, ChartModel } from './model.js';
import { statMessages } from './messages.js';

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

/** Spreadsheets run cells starting with = + - @ as formulas: quote them as text. */
function safe(text: string): string {
  const t = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n;]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

function csvValue(cell: Cell, model: ChartModel, lang: Lang): string {
  if (cell.state === 'value') return String(cell.value);
  if (cell.state === 'suppressed') return `<${model.threshold}`;
  if (cell.state === 'secondary') return statMessages[lang].hidden;
  return '';
}

/**
 * CSV with a byte-order mark (so Excel opens Vietnamese text as UTF-8), CRLF line ends, numbers
 * unformatted (a dot as decimal separator) so they stay numbers in any spreadsheet.
 */
export function toCsv(model: ChartModel, lang: Lang): string {
  const m = statMessages[lang];
  const header = [rowHeading(model, lang), ...model.series.map((s) => s.label), ...(model.totals ? [m.total] : [])];
  const lines = [header.map(safe).join(',')];
  model.x.forEach((x, i) => {
    const row = [safe(x.label), ...model.series.map((_, s) => csvValue(model.cells[s]![i]!, model, lang))];
    if (model.totals) row.push(csvValue(model.totals[i]!, model, lang));
    lines.push(row.map((v, j) => (j === 0 ? v : safe(v))).join(','));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
