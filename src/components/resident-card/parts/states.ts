import { html, type TemplateResult } from 'lit';
import { DataSourceError } from '../../../data/errors.js';
import type { Lang } from '../../../i18n/lang.js';
import { cardMessages } from '../messages.js';
import type { LoadState, ResidentCardVariant } from '../model.js';

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
  loadState: LoadState;
  residentId: string;
  loadError: unknown;
  onRetry: (event: Event) => void;
}

/**
 * The card with no resident to show: not found, an error (with retry when trying again can help),
 * no data source, loading, or nothing handed in yet.
 */
export function renderLoadState(s: LoadStateView): TemplateResult {
  const { variant, lang } = s;
  const m = cardMessages[lang];
  switch (s.loadState) {
    case 'not-found':
      return html`<div class="card ${variant} state" part="card">
          <ansinh-state kind="empty" heading=${m.notFound}><p>${m.notFoundDetail(s.residentId)}</p></ansinh-state>
        </div>`;
    case 'error':
    case 'no-source': {
      const err = s.loadError;
      const text =
        s.loadState === 'no-source'
          ? m.noSource
          : err instanceof DataSourceError
            ? err.code === 'unsupported'
              ? m.unsupported
              : err.messageIn(lang)
            : m.unknownError;
      const canRetry = s.loadState === 'error' && !(err instanceof DataSourceError && err.code === 'unsupported');
      return html`<div class="card ${variant} state" part="card">
          <ansinh-state kind="error" heading=${err instanceof DataSourceError && err.needsSignIn ? m.signIn : m.loadError} ?retry=${canRetry} @ansinh-retry=${s.onRetry}
            ><p>${text}</p></ansinh-state
          >
        </div>`;
    }
    case 'loading':
      return renderSkeleton(variant, lang);
    default:
      // Nothing handed in yet: keep the final size so the page does not jump when data arrives.
      return html`<div class="card ${variant} skeleton-card" part="card" aria-hidden="true">${skeletonBars(variant)}</div>`;
  }
}
