import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatPercent } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import type { SurveyIndices } from '../indices.js';
import { resultsMessages } from '../messages.js';
import { formatMean, formatRatio, renderTargetBadge } from './figures.js';

/** Why some responses are not counted (unfinished or cancelled, another form); nothing when none. */
export function renderExcluded(ix: SurveyIndices, lang: Lang): TemplateResult | typeof nothing {
  const { status, otherForm } = ix.excluded;
  if (status + otherForm === 0) return nothing;
  return html`<p class="note" role="note">${resultsMessages[lang].excluded(status, otherForm)}</p>`;
}

/**
 * The key figures: responses counted, the mean score (out of 5 and as a percentage), the
 * satisfaction rate against the target, and the expectation met (staff forms), with how the rate
 * is worked out.
 */
export function renderSummary(ix: SurveyIndices, lang: Lang, target: number | undefined): TemplateResult {
  const m = resultsMessages[lang];
  const o = ix.overall;
  const e = ix.expectation;
  return html`<dl class="summary" part="summary">
        <div>
          <dt>${m.responses}</dt>
          <dd>${formatNumber(ix.counted, lang)}</dd>
        </div>
        <div>
          <dt>${m.mean}</dt>
          <dd>${m.meanOutOf5(formatMean(o.mean, lang))}<small>${formatRatio(o.meanPercent, lang)}</small></dd>
        </div>
        <div>
          <dt>${m.rate}</dt>
          <dd>
            ${formatRatio(o.satisfactionRate, lang)}
            ${target !== undefined
              ? html`<small>${m.targetValue(formatPercent(target, lang, 1))} ${renderTargetBadge(o.satisfactionRate, target, lang)}</small>`
              : nothing}
          </dd>
        </div>
        ${e
          ? html`<div>
              <dt>${m.expectation}</dt>
              <dd>
                ${e.mean === null ? '—' : `${formatNumber(e.mean, lang, { maximumFractionDigits: 1 })}%`}
                ${e.count > 0
                  ? html`<small
                      >${m.expectationRange(
                        formatNumber(e.min ?? 0, lang),
                        formatNumber(e.max ?? 0, lang),
                        formatNumber(e.count, lang),
                      )}</small
                    >`
                  : nothing}
              </dd>
            </div>`
          : nothing}
      </dl>
      <p class="note">${m.rateHelp}</p>`;
}
