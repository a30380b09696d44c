/**
 * The text a chart says to someone who cannot see it (and to everyone, as its caption): the
 * latest figure and its change from the previous period, the largest and smallest, hidden cells.
 * Pure; built from the model, so hidden figures can never appear in it.
 */
import type { Lang } from '../../i18n/lang.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { formatStatValue, relativeChange } from '../../i18n/stat-format.js';
import { shownShares, type Cell, type ChartModel, type Member } from './model.js';

/** At most this many series get their own sentence; the rest are summed up by largest/smallest. */
const MAX_SERIES_SENTENCES = 3;

function fmt(model: ChartModel, v: number, lang: Lang): string {
  return formatStatValue(v, model.unit, lang, model.decimals);
}

function changeSentence(model: ChartModel, who: string, cells: Cell[], lang: Lang): string | undefined {
  // The last shown value and the shown value just before it.
  let last = -1;
  for (let i = cells.length - 1; i >= 0; i--) {
    if (cells[i]!.state === 'value') {
      last = i;
      break;
    }
  }
  if (last < 0) return undefined;
  const now = cells[last]!.value!;
  const at = model.x[last]!.label;
  const prev = last > 0 ? cells[last - 1]! : undefined;
  const head =
    lang === 'vi' ? `${who ? `${who}: ` : ''}${at} đạt ${fmt(model, now, lang)}` : `${who ? `${who}: ` : ''}${fmt(model, now, lang)} in ${at}`;
  if (!prev || prev.state !== 'value' || prev.value === null) return `${head}.`;
  const before = prev.value;
  const prevLabel = model.x[last - 1]!.label;
  const change = relativeChange(now, before);
  if (now === before) return lang === 'vi' ? `${head}, không đổi so với ${prevLabel}.` : `${head}, unchanged from ${prevLabel}.`;
  const up = now > before;
  // A change between two percentages is said in percentage points ("giảm 3,9 điểm phần trăm"):
  // a relative percent of a percent reads as a different, wrong figure.
  const pct =
    model.unit === 'percent'
      ? ` ${formatNumber(Math.abs(now - before), lang, { maximumFractionDigits: 1 })} ${lang === 'vi' ? 'điểm phần trăm' : 'percentage points'}`
      : change === undefined
        ? ''
        : ` ${formatPercent(Math.abs(change), lang, 1)}`;
  return lang === 'vi'
    ? `${head}, ${up ? 'tăng' : 'giảm'}${pct} so với ${prevLabel} (${fmt(model, before, lang)}).`
    : `${head}, ${up ? 'up' : 'down'}${pct} from ${prevLabel} (${fmt(model, before, lang)}).`;
}

function extremes(model: ChartModel, entries: { member: Member; cell: Cell }[], lang: Lang, where?: string): string | undefined {
  const shown = entries.filter((e) => e.cell.state === 'value' && e.cell.value !== null);
  if (shown.length < 2) return undefined;
  let max = shown[0]!;
  let min = shown[0]!;
  for (const e of shown) {
    if (e.cell.value! > max.cell.value!) max = e;
    if (e.cell.value! < min.cell.value!) min = e;
  }
  if (max === min) return undefined;
  const suffix = where ? (lang === 'vi' ? ` (${where})` : ` (${where})`) : '';
  return lang === 'vi'
    ? `Cao nhất${suffix}: ${max.member.label}, ${fmt(model, max.cell.value!, lang)}; thấp nhất: ${min.member.label}, ${fmt(model, min.cell.value!, lang)}.`
    : `Highest${suffix}: ${max.member.label}, ${fmt(model, max.cell.value!, lang)}; lowest: ${min.member.label}, ${fmt(model, min.cell.value!, lang)}.`;
}

/** The hidden-cells note, or undefined when nothing is hidden. */
export function suppressionNote(model: ChartModel, lang: Lang): string | undefined {
  const n = model.suppressedCount;
  const s = model.secondaryCount;
  if (!n && !s) return undefined;
  const parts: string[] = [];
  if (lang === 'vi') {
    if (n) parts.push(`${n} ô có số nhỏ hơn ${model.threshold} được ẩn (ghi “<${model.threshold}” trong bảng) và không vẽ trên biểu đồ, để không lộ danh tính người được thống kê`);
    if (s) parts.push(`${s} ô khác được ẩn (ghi “ẩn”) để không suy ra được ô nhỏ từ tổng`);
    return `${parts.join('; ')}.`;
  }
  if (n) parts.push(`${n} cell(s) below ${model.threshold} are hidden (shown as “<${model.threshold}” in the table) and left out of the chart, so that no one can be identified`);
  if (s) parts.push(`${s} other cell(s) are hidden (shown as “hidden”) so the small ones cannot be worked out from a total`);
  return `${parts.join('; ')}.`;
}

/** One paragraph describing the chart. */
export function summarize(model: ChartModel, lang: Lang): string {
  const sentences: string[] = [];
  const fixed = [model.fixed.orgUnit?.label, model.fixed.period?.label].filter(Boolean).join(', ');
  sentences.push(`${model.title}${fixed ? ` (${fixed})` : ''}.`);
  const pie = model.type === 'pie' || model.type === 'doughnut';
  if (pie) {
    const cells = model.cells[0] ?? [];
    const shares = shownShares(cells);
    const entries = cells
      .map((cell, i) => ({ cell, member: model.x[i]!, share: shares[i] }))
      .filter((e) => e.cell.state === 'value' && e.share !== null && e.share !== undefined);
    if (entries.length) {
      entries.sort((a, b) => b.cell.value! - a.cell.value!);
      const top = entries[0]!;
      const bottom = entries[entries.length - 1]!;
      const share = (e: (typeof entries)[number]) => formatPercent(e.share!, lang, 1);
      sentences.push(
        lang === 'vi'
          ? `Lớn nhất: ${top.member.label}, ${fmt(model, top.cell.value!, lang)} (${share(top)})` +
              (bottom !== top ? `; nhỏ nhất: ${bottom.member.label}, ${fmt(model, bottom.cell.value!, lang)} (${share(bottom)}).` : '.')
          : `Largest: ${top.member.label}, ${fmt(model, top.cell.value!, lang)} (${share(top)})` +
              (bottom !== top ? `; smallest: ${bottom.member.label}, ${fmt(model, bottom.cell.value!, lang)} (${share(bottom)}).` : '.'),
      );
      if (model.suppressedCount || model.secondaryCount) {
        sentences.push(lang === 'vi' ? 'Tỷ lệ tính trên các phần được hiển thị.' : 'Shares are of the parts shown.');
      }
    }
  } else if (model.xDim === 'period') {
    const many = model.series.length > MAX_SERIES_SENTENCES;
    if (!many) {
      model.series.forEach((s, i) => {
        const sentence = changeSentence(model, model.series.length > 1 ? s.label : '', model.cells[i] ?? [], lang);
        if (sentence) sentences.push(sentence);
      });
    }
    // Largest and smallest series at the latest period that has shown values.
    for (let xi = model.x.length - 1; xi >= 0; xi--) {
      const entries = model.series.map((member, si) => ({ member, cell: model.cells[si]![xi]! }));
      if (entries.some((e) => e.cell.state === 'value')) {
        const line = extremes(model, entries, lang, model.x[xi]!.label);
        if (line) sentences.push(line);
        break;
      }
    }
  } else {
    model.series.forEach((s, si) => {
      const entries = model.x.map((member, xi) => ({ member, cell: model.cells[si]![xi]! }));
      const line = extremes(model, entries, lang, model.series.length > 1 ? s.label : undefined);
      if (line) sentences.push(line);
    });
  }
  if (model.target) {
    const t = fmt(model, model.target.value, lang);
    const sign = model.target.direction === 'at-most' ? '≤' : '≥';
    sentences.push(lang === 'vi' ? `Mục tiêu: ${sign} ${t}.` : `Target: ${sign} ${t}.`);
  }
  const note = suppressionNote(model, lang);
  if (note) sentences.push(note);
  const shown = model.cells.some((row) => row.some((c) => c.state === 'value'));
  if (!shown) sentences.push(lang === 'vi' ? 'Không có số liệu để hiển thị.' : 'There are no figures to show.');
  return sentences.join(' ');
}
