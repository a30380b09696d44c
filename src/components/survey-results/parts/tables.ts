import { html, nothing, type TemplateResult } from 'lit';
import { tableScroll } from '../../../base/parts/table-scroll.js';
import { formatNumber } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import type { SatisfactionIndex, SurveyIndices } from '../indices.js';
import { resultsMessages } from '../messages.js';
import type { IndexTable } from '../model.js';
import { formatGap, formatMean, formatRatio, renderTargetBadge } from './figures.js';

/**
 * An index table with a caption and row and column headers, in a scrollable region: valid
 * answers, "not used", mean (out of 5 and %), satisfaction rate and, with a target, met or not
 * and the gap. `chart` follows the table.
 */
export function renderIndexTable(
  table: IndexTable,
  lang: Lang,
  target: number | undefined,
  chart: TemplateResult | typeof nothing,
): TemplateResult {
  const m = resultsMessages[lang];
  const caption = table.caption[lang] ?? table.caption.vi;
  const { rows, total } = table;
  const withTarget = target !== undefined;
  const withResponses = rows.some((r) => r.responses !== undefined);
  const cells = (index: SatisfactionIndex) => html`
      <td class="num">${formatNumber(index.valid, lang)}</td>
      <td class="num">${formatNumber(index.notUsed, lang)}</td>
      <td class="num">${formatMean(index.mean, lang)}</td>
      <td class="num">${formatRatio(index.meanPercent, lang)}</td>
      <td class="num">${formatRatio(index.satisfactionRate, lang)}</td>
      ${withTarget
        ? html`<td class="target">${renderTargetBadge(index.satisfactionRate, target, lang)}</td>
            <td class="num">${formatGap(index.satisfactionRate, target, lang)}</td>`
        : nothing}
    `;
  return html`${tableScroll(caption, html`<table part="table" data-table=${table.id}>
          <caption>
            ${caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${table.keyHeader[lang] ?? table.keyHeader.vi}</th>
              ${withResponses ? html`<th scope="col" class="num">${m.responses}</th>` : nothing}
              <th scope="col" class="num">${m.valid}</th>
              <th scope="col" class="num">${m.notUsed}</th>
              <th scope="col" class="num">${m.mean}</th>
              <th scope="col" class="num">${m.meanPercent}</th>
              <th scope="col" class="num">${m.rate}</th>
              ${withTarget
                ? html`<th scope="col">${m.target}</th>
                    <th scope="col" class="num">${m.gap}</th>`
                : nothing}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr data-key=${r.key}>
                <th scope="row">
                  ${r.code ? html`<span class="code">${r.code}.</span>` : nothing}${r.label[lang] || r.label.vi}
                </th>
                ${withResponses ? html`<td class="num">${formatNumber(r.responses ?? 0, lang)}</td>` : nothing}
                ${cells(r.index)}
              </tr>`,
            )}
          </tbody>
          ${total
            ? html`<tfoot>
                <tr>
                  <th scope="row">${m.total}</th>
                  ${withResponses
                    ? html`<td class="num">${formatNumber(rows.reduce((a, r) => a + (r.responses ?? 0), 0), lang)}</td>`
                    : nothing}
                  ${cells(total)}
                </tr>
              </tfoot>`
            : nothing}
        </table>`)}
      ${chart}`;
}

/** The answers to a single-choice question: count and share of each option, other values, total. */
export function renderDistributionTable(
  d: SurveyIndices['distributions'][number],
  lang: Lang,
  chart: TemplateResult | typeof nothing,
): TemplateResult {
  const m = resultsMessages[lang];
  const caption = `${m.distribution(d.code)}: ${d.text[lang] || d.text.vi}`;
  return html`${tableScroll(caption, html`<table part="table" data-table=${`distribution-${d.code}`}>
          <caption>
            ${caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.option}</th>
              <th scope="col" class="num">${m.count}</th>
              <th scope="col" class="num">${m.share}</th>
            </tr>
          </thead>
          <tbody>
            ${d.options.map(
              (o) => html`<tr>
                <th scope="row">${o.label[lang] || o.label.vi}</th>
                <td class="num">${formatNumber(o.count, lang)}</td>
                <td class="num">${formatRatio(o.share, lang)}</td>
              </tr>`,
            )}
            ${d.unknown > 0
              ? html`<tr>
                  <th scope="row">${m.otherValues}</th>
                  <td class="num">${formatNumber(d.unknown, lang)}</td>
                  <td class="num">${formatRatio(d.total ? d.unknown / d.total : null, lang)}</td>
                </tr>`
              : nothing}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${m.total}</th>
              <td class="num">${formatNumber(d.total, lang)}</td>
              <td class="num">${d.total ? formatRatio(1, lang) : '—'}</td>
            </tr>
          </tfoot>
        </table>`)}
      ${chart}`;
}
