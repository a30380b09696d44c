import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../../i18n/lang.js';
import { statMessages } from '../messages.js';
import type { ChartModel } from '../model.js';
import { cellText, rowHeading } from '../table.js';

function renderCell(model: ChartModel, s: number, i: number, lang: Lang): TemplateResult {
  const cell = model.cells[s]![i]!;
  const text = cellText(cell, model, lang);
  return html`<td data-state=${cell.state}>
      ${cell.state === 'missing' ? html`<span aria-hidden="true">${text}</span><span class="sr">${statMessages[lang].noData}</span>` : text}
    </td>`;
}

/**
 * The chart's numbers as a real table: one row per axis position, one column per series, the
 * totals and the target. Hidden figures read "<5" or "ẩn", and a missing one says so to screen
 * readers rather than a dash.
 */
export function renderDataTable(model: ChartModel, lang: Lang, uid: string): TemplateResult {
  const m = statMessages[lang];
  const fixed = [model.fixed.orgUnit?.label, model.fixed.period?.label].filter(Boolean).join(', ');
  return html`<table>
      <caption id="${uid}-caption">${m.tableCaption(model.title)}${fixed ? ` (${fixed})` : ''}</caption>
      <thead>
        <tr>
          <th scope="col">${rowHeading(model, lang)}</th>
          ${model.series.map((s) => html`<th scope="col">${s.label}</th>`)}
          ${model.totals ? html`<th scope="col">${m.total}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${model.x.map(
          (x, i) => html`<tr>
            <th scope="row">${x.label}</th>
            ${model.series.map((_, s) => renderCell(model, s, i, lang))}
            ${model.totals ? html`<td data-state=${model.totals[i]!.state}>${cellText(model.totals[i]!, model, lang)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
      ${model.target
        ? html`<tfoot>
            <tr>
              <th scope="row">${model.target.label ?? m.target}</th>
              <td colspan=${model.series.length + (model.totals ? 1 : 0)}>
                ${model.target.direction === 'at-most' ? '≤' : '≥'} ${cellText({ period: '', orgUnit: '', value: model.target.value, state: 'value' }, model, lang)}
              </td>
            </tr>
          </tfoot>`
        : nothing}
    </table>`;
}
