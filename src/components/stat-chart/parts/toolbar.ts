import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../../i18n/lang.js';
import { statMessages } from '../messages.js';

export interface ToolbarState {
  uid: string;
  lang: Lang;
  /** The table is shown in place of the drawing. */
  tableVisible: boolean;
  /** The chart engine failed: the table is all there is, so there is nothing to toggle. */
  engineFailed: boolean;
  onToggle: () => void;
  onPng: () => void;
  onCsv: () => void;
}

/**
 * The row of buttons: show the table or the chart (or, when the engine failed, say why the table
 * is shown), and the PNG and CSV downloads. PNG is off while there is no visible drawing.
 */
export function renderToolbar(s: ToolbarState): TemplateResult {
  const m = statMessages[s.lang];
  return html`<div class="toolbar" part="toolbar">
        ${s.engineFailed
          ? html`<p class="failed" role="status">${m.chartUnavailable}</p>`
          : html`<button
              class="btn"
              data-variant="secondary"
              type="button"
              data-action="toggle"
              aria-controls="${s.uid}-table"
              aria-expanded=${s.tableVisible ? 'true' : 'false'}
              @click=${s.onToggle}
            >
              ${s.tableVisible ? m.showChart : m.showTable}
            </button>`}
        <button class="btn" data-variant="ghost" type="button" data-action="png" ?disabled=${s.engineFailed || s.tableVisible} @click=${s.onPng}>
          ${m.downloadPng}
        </button>
        <button class="btn" data-variant="ghost" type="button" data-action="csv" @click=${s.onCsv}>${m.downloadCsv}</button>
      </div>`;
}
