/**
 * Figures of a statistical indicator written for readers, by the indicator's unit. Pure; shared
 * by `<ansinh-stat-chart>` (table, summary, axes, tooltips) and `<ansinh-stat-figure>`.
 */
import type { Lang } from './lang.js';
import { formatCompact, formatNumber, formatPercent, formatVnd } from './format.js';
import type { StatUnit } from '../contract/stat.js';

/**
 * A value in full: count `1.234` (vi), percent `80,8%` (the value is already a percentage, as the
 * contract's factor-100 indicators give it), vnd `1.234.568 ₫`, days `12 ngày` / `12 days`.
 */
export function formatStatValue(value: number, unit: StatUnit, lang: Lang, decimals?: number): string {
  if (!Number.isFinite(value)) return '—';
  const digits = decimals ?? (unit === 'count' || unit === 'vnd' ? 0 : unit === 'score' ? 2 : 1);
  switch (unit) {
    case 'percent':
      return formatPercent(value / 100, lang, digits);
    case 'vnd':
      return formatVnd(value, lang);
    case 'days': {
      const n = formatNumber(value, lang, { maximumFractionDigits: digits });
      return lang === 'vi' ? `${n} ngày` : `${n} ${value === 1 ? 'day' : 'days'}`;
    }
    default:
      return formatNumber(value, lang, { maximumFractionDigits: digits });
  }
}

/**
 * A value for an axis tick: compact units written out (`1,2 nghìn`, `3,5 triệu`, `1,2 tỷ`;
 * `1.2K`, `3.5M`, `1.2B`), `80%`, `1,2 tỷ ₫`.
 */
export function formatStatAxis(value: number, unit: StatUnit, lang: Lang): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'percent':
      return formatPercent(value / 100, lang, 0);
    case 'vnd':
      return lang === 'vi' ? `${formatCompact(value, 'vi')} ₫` : `₫${formatCompact(value, 'en')}`;
    default:
      return Math.abs(value) >= 1000 ? formatCompact(value, lang) : formatNumber(value, lang, { maximumFractionDigits: 1 });
  }
}

/**
 * A value for a tooltip: the full figure, with the compact form beside large ones so both the
 * exact number and its order of magnitude are read (`1.234.567.890 ₫ (1,2 tỷ)`).
 */
export function formatStatTooltip(value: number, unit: StatUnit, lang: Lang, decimals?: number): string {
  const full = formatStatValue(value, unit, lang, decimals);
  if (!Number.isFinite(value) || Math.abs(value) < 1e6 || unit === 'percent') return full;
  return `${full} (${formatCompact(value, lang)})`;
}

/** Relative change `(now - before) / |before|`, or undefined when it has no meaning. */
export function relativeChange(now: number, before: number): number | undefined {
  if (!Number.isFinite(now) || !Number.isFinite(before) || before === 0) return undefined;
  return (now - before) / Math.abs(before);
}
