import { html, type TemplateResult } from 'lit';

/**
 * The figure's caption: the title, and the generated summary that says what the chart shows
 * (it also names the figure and describes the canvas, through the ids built from `uid`).
 */
export function renderCaption(uid: string, title: string, summary: string): TemplateResult {
  return html`<figcaption part="caption">
        <span class="title" id="${uid}-title">${title}</span>
        <span class="summary" id="${uid}-summary">${summary}</span>
      </figcaption>`;
}
