import { html, nothing, type TemplateResult } from 'lit';
import { renderDataState, type LoadView } from '../../../base/parts/data-state.js';
import type { Lang } from '../../../i18n/lang.js';
import { cardMessages } from '../messages.js';
import type { ResidentCardVariant } from '../model.js';

/** Grey bars in the shape of the card, so the page keeps its layout until the data comes. */
function skeletonBars(variant: ResidentCardVariant): TemplateResult {
  if (variant === 'compact') {
    return html`<span class="avatar bone" part="skeleton"></span>
        <span class="main" aria-hidden="true"
          ><span class="line"><span class="bar w60"></span></span><span class="line"><span class="bar w80"></span></span
          ><span class="line"><span class="bar w40"></span></span
        ></span>`;
  }
  return html`<div class="bones" part="skeleton" aria-hidden="true">
      <span class="head"><span class="avatar bone"></span><span class="bar w60 tall"></span></span>
      ${[80, 60, 70, 50, 80, 40, 60].map((w) => html`<span class="bar w${w}"></span>`)}
    </div>`;
}

/** The loading skeleton, announced once as "loading" (the bars themselves are hidden). */
export function renderSkeleton(variant: ResidentCardVariant, lang: Lang): TemplateResult {
  return html`<div class="card ${variant} skeleton-card" part="card" role="status" aria-busy="true">
      <span class="sr">${cardMessages[lang].loading}</span>${skeletonBars(variant)}
    </div>`;
}

export interface LoadStateView {
  variant: ResidentCardVariant;
  lang: Lang;
  loader: LoadView;
  residentId: string;
  onRetry: (event: Event) => void;
}

/**
 * The card with no resident to show: loading (the skeleton), or not found, an error, no data
 * source or a source without residents, as every element shows them (renderDataState), in the
 * card's frame and words; or nothing handed in yet.
 */
export function renderLoadState(s: LoadStateView): TemplateResult {
  const { variant, lang } = s;
  const m = cardMessages[lang];
  if (s.loader.state === 'loading') return renderSkeleton(variant, lang);
  const state = renderDataState(s.loader, {
    id: s.residentId,
    property: 'resident',
    lang,
    onRetry: s.onRetry,
    headings: { loadError: m.loadError, notFound: m.notFound, notFoundDetail: m.notFoundDetail },
  });
  // Nothing handed in yet: keep the final size so the page does not jump when data arrives.
  if (state === nothing) return html`<div class="card ${variant} skeleton-card" part="card" aria-hidden="true">${skeletonBars(variant)}</div>`;
  return html`<div class="card ${variant} state" part="card">${state}</div>`;
}
