import { html, nothing, type TemplateResult } from 'lit';
import type { DataController } from '../controllers/data.js';
import { DataSourceError } from '../../data/errors.js';
import type { Lang } from '../../i18n/lang.js';
import { defineMessages } from '../../i18n/catalogue.js';
import { formatTime } from '../../i18n/time.js';

/** Texts of the load states (here, not in baseMessages: only elements that load by id pay for them). */
const stateMessages = defineMessages({
  vi: {
    notFound: 'Không tìm thấy dữ liệu',
    notFoundDetail: (id: string) => `Nguồn dữ liệu không có bản ghi nào mang mã ${id}.`,
    loadError: 'Không tải được dữ liệu',
    signIn: 'Cần đăng nhập',
    noSource: (property: string) =>
      `Chưa có nguồn dữ liệu: đặt phần tử trong <ansinh-provider> hoặc truyền dữ liệu qua thuộc tính ${property}.`,
    unsupported: 'Nguồn dữ liệu này không hỗ trợ đọc loại dữ liệu này.',
    unknownError: 'Đã xảy ra lỗi không xác định khi tải dữ liệu.',
    offline: (time: string) => `Không kết nối được máy chủ: đang hiển thị dữ liệu đã tải lúc ${time}. Sẽ tải lại khi có mạng.`,
  },
  en: {
    notFound: 'Not found',
    notFoundDetail: (id: string) => `The data source has no record with ID ${id}.`,
    loadError: 'The data could not be loaded',
    signIn: 'Sign-in needed',
    noSource: (property: string) => `No data source: put the element inside <ansinh-provider> or pass the data in the ${property} property.`,
    unsupported: 'This data source cannot read this kind of data.',
    unknownError: 'An unknown error occurred while loading the data.',
    offline: (time: string) => `The server cannot be reached: showing the data read at ${time}. It will load again when the connection is back.`,
  },
});

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
  const m = stateMessages[view.lang];
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
      const heading = err instanceof DataSourceError && err.needsSignIn ? m.signIn : m.loadError;
      return html`<ansinh-state kind="error" part="state" heading=${heading} ?retry=${loader.canRetry} @ansinh-retry=${view.onRetry}
        ><p>${text}</p></ansinh-state
      >`;
    }
    default:
      return nothing;
  }
}

/**
 * The offline label: shown above an element's data when the source could not be reached and the
 * data is what this page last read (with the time it was read and a retry). Nothing otherwise.
 */
export function renderOfflineNotice(loader: DataController, lang: Lang, onRetry: () => void): TemplateResult | typeof nothing {
  const since = loader.offlineSince;
  if (since === undefined) return nothing;
  return html`<ansinh-state kind="offline" part="offline" retry @ansinh-retry=${onRetry}><p>${stateMessages[lang].offline(formatTime(since, lang))}</p></ansinh-state>`;
}

