/**
 * The Chart.js configuration for a model. Imports Chart.js types only (erased at build time), so
 * this module stays out of the lazy chunk's way.
 */
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import type { Lang } from '../../i18n/lang.js';
import { formatPercent } from '../../i18n/format.js';
import { formatStatAxis, formatStatTooltip } from '../../i18n/stat-format.js';
import { shownShares, type ChartModel } from './model.js';
import { DASHES, POINT_STYLES, hatch, type ChartColours } from './theme.js';
import { cellText } from './table.js';
import { statMessages } from './messages.js';

/** Above this many points per series, a line chart switches to a linear axis with decimation. */
export const DECIMATE_ABOVE = 1000;

export interface ConfigOptions {
  stacked: boolean;
  horizontal: boolean;
  reducedMotion: boolean;
  narrow: boolean;
  lang: Lang;
  /** Width in CSS pixels, for the decimation sample count. */
  width: number;
}

/** Number of datasets that are series (a target line, when drawn, comes after them). */
export function seriesCount(model: ChartModel): number {
  return model.type === 'pie' || model.type === 'doughnut' ? 1 : model.series.length;
}

export function buildConfig(model: ChartModel, colours: ChartColours, o: ConfigOptions): ChartConfiguration {
  const pie = model.type === 'pie' || model.type === 'doughnut';
  const large = model.type === 'line' && model.x.length > DECIMATE_ABOVE;
  const colourAt = (i: number) => colours.series[i % colours.series.length]!;
  const fillAt = (i: number) => (colours.patterns ? hatch(colourAt(i), colours.surface, i) : colourAt(i));
  const lang = o.lang;
  const m = statMessages[lang];

  let datasets: ChartDataset[];
  if (pie) {
    const cells = model.cells[0] ?? [];
    datasets = [
      {
        label: model.series[0]?.label ?? '',
        // Hidden cells are left out of the drawing (null), so shares are of the parts shown.
        data: cells.map((c) => (c.state === 'value' ? c.value : null)),
        backgroundColor: cells.map((_, i) => fillAt(i)),
        borderColor: colours.patterns ? colours.text : colours.surface,
        borderWidth: colours.patterns ? 2 : 1,
      } as ChartDataset<'pie'>,
    ];
  } else {
    datasets = model.series.map((s, si) => {
      const cells = model.cells[si]!;
      const colour = colourAt(si);
      if (model.type === 'line') {
        return {
          type: 'line',
          label: s.label,
          data: large
            ? cells.map((c, i) => ({ x: i, y: c.state === 'value' ? c.value! : (null as unknown as number) }))
            : cells.map((c) => (c.state === 'value' ? c.value : null)),
          borderColor: colour,
          backgroundColor: colour,
          borderWidth: colours.patterns ? 3 : 2,
          borderDash: colours.patterns || si > 0 ? DASHES[si % DASHES.length]! : [],
          pointStyle: POINT_STYLES[si % POINT_STYLES.length]!,
          pointRadius: large ? 0 : 4,
          pointHoverRadius: large ? 3 : 7,
          spanGaps: false,
          tension: 0,
          ...(large ? { parsing: false, normalized: true, indexAxis: 'x' } : {}),
        } as ChartDataset<'line'>;
      }
      return {
        type: 'bar',
        label: s.label,
        data: cells.map((c) => (c.state === 'value' ? c.value : null)),
        backgroundColor: fillAt(si),
        borderColor: colours.patterns ? colours.text : colour,
        borderWidth: colours.patterns ? 2 : 0,
      } as ChartDataset<'bar'>;
    });
    if (model.target && model.type === 'line') {
      const t = model.target.value;
      datasets.push({
        type: 'line',
        label: `${model.target.label ?? m.target}: ${model.target.direction === 'at-most' ? '≤' : '≥'} ${formatStatTooltip(t, model.unit, lang, model.decimals)}`,
        data: large ? [{ x: 0, y: t }, { x: model.x.length - 1, y: t }] : model.x.map(() => t),
        borderColor: colours.text,
        backgroundColor: colours.text,
        borderDash: [6, 6],
        borderWidth: 2,
        pointRadius: 0,
        pointHoverRadius: 0,
        ...(large ? { parsing: false } : {}),
      } as ChartDataset<'line'>);
    }
  }

  const valueAxis = {
    stacked: o.stacked,
    beginAtZero: model.type === 'bar',
    ticks: {
      color: colours.text,
      callback: (v: number | string) => formatStatAxis(Number(v), model.unit, lang),
    },
    grid: { color: colours.grid },
    border: { color: colours.text },
  };
  const labelAxis = large
    ? {
        type: 'linear' as const,
        min: 0,
        max: model.x.length - 1,
        ticks: {
          color: colours.text,
          maxRotation: 0,
          autoSkip: true,
          callback: (v: number | string) => model.x[Math.round(Number(v))]?.label ?? '',
        },
        grid: { color: colours.grid },
        border: { color: colours.text },
      }
    : {
        type: 'category' as const,
        stacked: o.stacked,
        ticks: { color: colours.text, maxRotation: o.narrow ? 60 : 45, autoSkip: true },
        grid: { display: false },
        border: { color: colours.text },
      };

  // Decimated data keeps a subset of the points: their `x` is the position on the axis, while
  // `dataIndex` counts the points kept.
  const indexOf = (item: TooltipItem<'bar' | 'line' | 'pie' | 'doughnut'>) =>
    large ? Math.round((item.parsed as { x: number }).x) : item.dataIndex;
  const tooltipLabel = (item: TooltipItem<'bar' | 'line' | 'pie' | 'doughnut'>) => {
    const si = pie ? 0 : item.datasetIndex;
    if (si >= seriesCount(model)) return String(item.dataset.label ?? '');
    const cell = model.cells[si]?.[indexOf(item)];
    if (!cell) return '';
    const name = pie ? model.x[item.dataIndex]?.label : model.series[si]?.label;
    let text = cell.state === 'value' ? formatStatTooltip(cell.value!, model.unit, lang, model.decimals) : cellText(cell, model, lang);
    if (pie) {
      const share = shownShares(model.cells[0] ?? [])[item.dataIndex];
      if (share !== null && share !== undefined) text += ` (${formatPercent(share, lang, 1)})`;
    }
    return `${name ?? ''}: ${text}`;
  };

  const config: ChartConfiguration = {
    type: model.type,
    data: { labels: large ? [] : (pie ? model.x : model.x).map((x) => x.label), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: o.reducedMotion || large ? false : { duration: 400 },
      // Decimation works only when the whole chart skips parsing (Chart.js checks the chart's
      // option, not the dataset's): the data is already `{ x, y }` in index order.
      ...(large ? { parsing: false, normalized: true } : {}),
      ...(pie ? {} : { indexAxis: o.horizontal && model.type === 'bar' ? 'y' : 'x' }),
      interaction: pie ? { mode: 'nearest', intersect: true } : { mode: 'nearest', intersect: false, axis: o.horizontal ? 'y' : 'x' },
      font: { family: 'inherit' },
      color: colours.text,
      plugins: {
        legend: {
          display: pie || datasets.length > 1,
          position: o.narrow ? 'bottom' : 'top',
          labels: { color: colours.text, usePointStyle: model.type === 'line', boxWidth: 16 },
        },
        tooltip: {
          callbacks: {
            label: tooltipLabel,
            ...(large ? { title: (items: TooltipItem<'line'>[]) => (items[0] ? (model.x[indexOf(items[0])]?.label ?? '') : '') } : {}),
          },
        },
        ...(model.type === 'line'
          ? { decimation: { enabled: large, algorithm: 'lttb', samples: Math.max(100, Math.round(o.width * 2)) } }
          : {}),
      },
      ...(pie
        ? {}
        : {
            scales:
              o.horizontal && model.type === 'bar'
                ? { y: labelAxis, x: valueAxis }
                : { x: labelAxis, y: valueAxis },
          }),
    } as ChartConfiguration['options'],
  };
  return config;
}
