import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatPercent } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import { compareWithTarget } from '../indices.js';
import { resultsMessages } from '../messages.js';

/** A mean score out of 5 with two decimals, or a dash when there is none. */
export function formatMean(v: number | null, lang: Lang): string {
  return v === null ? '—' : formatNumber(v, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A ratio as a percentage with one decimal, or a dash when there is none. */
export function formatRatio(v: number | null, lang: Lang): string {
  return v === null ? '—' : formatPercent(v, lang, 1);
}

/** Met, not met or no data against the target, in words; nothing without a target. */
export function renderTargetBadge(value: number | null, target: number | undefined, lang: Lang): TemplateResult | typeof nothing {
  if (target === undefined) return nothing;
  const m = resultsMessages[lang];
  const c = compareWithTarget(value, target);
  if (c.met === null) return html`<ansinh-badge tone="neutral">${m.noData}</ansinh-badge>`;
  return c.met
    ? html`<ansinh-badge tone="success">${m.met}</ansinh-badge>`
    : html`<ansinh-badge tone="danger">${m.notMet}</ansinh-badge>`;
}

/** The gap to the target as signed percentage points ("+2,5%"); '' without a target. */
export function formatGap(value: number | null, target: number | undefined, lang: Lang): string {
  if (target === undefined) return '';
  const c = compareWithTarget(value, target);
  if (c.gap === null) return '—';
  return formatNumber(c.gap, lang, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });
}
