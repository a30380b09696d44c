import { html, type TemplateResult } from 'lit';
import type { Palette } from '../theme.js';

export interface CanvasState {
  uid: string;
  palette: Palette;
  /** The text summary: the canvas's accessible name. */
  summary: string;
  /** The table is shown in place of the drawing. */
  tableVisible: boolean;
  engineFailed: boolean;
  onKeydown: (e: KeyboardEvent) => void;
}

const SERIES_PROBES = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * The box Chart.js draws in: a focusable canvas named by the summary (the keyboard walks its
 * points), and probe elements that carry the theme's colours, which a canvas cannot read from CSS
 * custom properties (see theme.ts). The canvas leaves the tab order while the table stands in.
 */
export function renderCanvas(s: CanvasState): TemplateResult {
  return html`<div
        class="chart ${s.tableVisible ? 'is-hidden' : ''}"
        part="chart"
        data-palette=${s.palette}
      >
        <canvas
          role="img"
          aria-label=${s.summary}
          aria-describedby="${s.uid}-hint"
          tabindex=${s.tableVisible || s.engineFailed ? '-1' : '0'}
          @keydown=${s.onKeydown}
        ></canvas>
        <div class="probes" aria-hidden="true">
          ${SERIES_PROBES.map((i) => html`<span class="probe" data-probe="c${i}"></span>`)}
          <span class="probe" data-probe="text"></span><span class="probe" data-probe="grid"></span>
          <span class="probe" data-probe="surface"></span><span class="probe" data-probe="focus"></span>
        </div>
      </div>`;
}
