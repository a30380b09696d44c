import { html, nothing, type TemplateResult } from 'lit';
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
    unsupportedFhir: 'Máy chủ FHIR không lưu loại dữ liệu này (sổ quyên góp, số liệu thống kê): trang cần một nguồn dữ liệu khác cho nó.',
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
    unsupportedFhir: 'A FHIR server does not hold this kind of data (donation ledgers, statistics): the page needs another data source for it.',
    unknownError: 'An unknown error occurred while loading the data.',
    offline: (time: string) => `The server cannot be reached: showing the data read at ${time}. It will load again when the connection is back.`,
  },
});

/** What the states need of a loader: the DataController, or the ledger's own reader. */
export interface LoadView {
  readonly state: string;
  readonly error: unknown;
  readonly canRetry: boolean;
  readonly offlineSince: number | undefined;
  /** The kind of the source asked (`rest`, `fhir`…), for the `unsupported` state. */
  readonly sourceKind: string | undefined;
}

/** An element's own words for its states, where it can name what it reads ("Không tải được hồ sơ"). */
export interface StateHeadings {
  loadError?: string;
  notFound?: string;
  notFoundDetail?: (id: string) => string;
}

/** What renderDataState needs of a DataSourceError, read by shape so this part does not load the error module. */
interface ErrorShape {
  needsSignIn?: unknown;
  messageIn?: (lang: Lang) => string;
}

/**
 * What an element shows while its data loads by id, or when it cannot: loading (a polite status
 * that keeps its place), not found, no data source, a source that keeps no such data (a FHIR
 * server has no ledger), or an error that names its cause in the page's language, with "Thử lại"
 * where trying again can help (a 401/403 or a login page is headed "Cần đăng nhập"). Nothing when
 * idle or loaded. Built on `<ansinh-state>`, so every element's states look and read the same.
 */
export function renderDataState(
  loader: LoadView,
  view: { id: string; property: string; lang: Lang; onRetry: (event: Event) => void; headings?: StateHeadings },
): TemplateResult | typeof nothing {
  const m = stateMessages[view.lang];
  const own = view.headings ?? {};
  const failed = (heading: string, text: string, retry: boolean) =>
    html`<ansinh-state kind="error" part="state" heading=${heading} ?retry=${retry} @ansinh-retry=${view.onRetry}><p>${text}</p></ansinh-state>`;
  switch (loader.state) {
    case 'loading':
      return html`<ansinh-state kind="loading" part="state"></ansinh-state>`;
    case 'not-found':
      return html`<ansinh-state kind="empty" part="state" heading=${own.notFound ?? m.notFound}
        ><p>${(own.notFoundDetail ?? m.notFoundDetail)(view.id)}</p></ansinh-state
      >`;
    case 'no-source':
      return failed(own.loadError ?? m.loadError, m.noSource(view.property), false);
    case 'unsupported':
      return failed(own.loadError ?? m.loadError, loader.sourceKind === 'fhir' ? m.unsupportedFhir : m.unsupported, false);
    case 'error': {
      const err = (loader.error ?? {}) as ErrorShape;
      const text = typeof err.messageIn === 'function' ? err.messageIn(view.lang) : m.unknownError;
      return failed(err.needsSignIn === true ? m.signIn : (own.loadError ?? m.loadError), text, loader.canRetry);
    }
    default:
      return nothing;
  }
}

/**
 * The offline label: shown above an element's data when the source could not be reached and the
 * data is what this page last read (with the time it was read and a retry). Nothing otherwise.
 */
export function renderOfflineNotice(loader: Pick<LoadView, 'offlineSince'>, lang: Lang, onRetry: () => void): TemplateResult | typeof nothing {
  const since = loader.offlineSince;
  if (since === undefined) return nothing;
  return html`<ansinh-state kind="offline" part="offline" retry @ansinh-retry=${onRetry}><p>${stateMessages[lang].offline(formatTime(since, lang))}</p></ansinh-state>`;
}

