import { html, nothing, type TemplateResult } from 'lit';
import type { DataController } from '../controllers/data.js';
import { DataSourceError } from '../../data/errors.js';
import type { Lang } from '../../i18n/lang.js';
import { baseMessages } from '../messages.js';

/**
 * What an element shows while its data loads by id, or when it cannot: loading (a polite status
 * that keeps its place), not found, no data source, or an error that names its cause in the
 * page's language, with "Thử lại" where trying again can help. Nothing when idle or loaded.
 * Built on `<ansinh-state>`, so every element's states look and read the same.
 */
export function renderDataState(
  loader: DataController,
  view: { id: string; property: string; lang: Lang; onRetry: (event: Event) => void },
): TemplateResult | typeof nothing {
  const m = baseMessages[view.lang];
  switch (loader.state) {
    case 'loading':
      return html`<ansinh-state kind="loading" part="state"></ansinh-state>`;
    case 'not-found':
      return html`<ansinh-state kind="empty" part="state" heading=${m.notFound}><p>${m.notFoundDetail(view.id)}</p></ansinh-state>`;
    case 'no-source':
      return html`<ansinh-state kind="error" part="state" heading=${m.loadError}><p>${m.noSource(view.property)}</p></ansinh-state>`;
    case 'error': {
      const err = loader.error;
      const text =
        err instanceof DataSourceError ? (err.code === 'unsupported' ? m.unsupported : err.messageIn(view.lang)) : m.unknownError;
      return html`<ansinh-state kind="error" part="state" heading=${m.loadError} ?retry=${loader.canRetry} @ansinh-retry=${view.onRetry}
        ><p>${text}</p></ansinh-state
      >`;
    }
    default:
      return nothing;
  }
}
