import type { ContractIssue, LocalizedMessage } from '../contract/issues.js';
import type { Lang } from '../i18n/lang.js';
import { dataMessages } from './messages.js';

/** Stable machine codes of DataSourceError. */
export type DataSourceErrorCode =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'server'
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'precondition_failed'
  | 'payload_too_large'
  | 'unprocessable'
  | 'rate_limited'
  | 'client_error'
  | 'invalid_response'
  | 'invalid_request'
  | 'missing_id'
  | 'storage'
  | 'unsupported';

export interface DataSourceErrorInit {
  code: DataSourceErrorCode;
  /** HTTP status, when a server answered. */
  status?: number;
  /** Which source failed (`rest`, `fhir`, `indexeddb`, `memory`, `outbox`). */
  source?: string;
  /** What the server said about the error (untrusted plain text; show only as text). */
  detail?: string;
  /** The server's own machine code, when its error body had one. */
  serverCode?: string;
  /** Method and URL, for logs. */
  request?: string;
  /** How many attempts were made before giving up. */
  attempts?: number;
  /** A 422 contract violation's findings, in the shape `parseX()` returns in the browser. */
  issues?: ContractIssue[];
  /** Milliseconds, for `timeout`. */
  timeoutMs?: number;
  cause?: unknown;
}

/**
 * The one error type every DataSource (and the Outbox) rejects with. `message` is English (for
 * logs and developer tools); `localized` has the same sentence in Vietnamese and English for
 * people. `retryable` says whether trying again later may succeed (network, timeout, 5xx).
 */
export class DataSourceError extends Error {
  override readonly name = 'DataSourceError';
  readonly code: DataSourceErrorCode;
  readonly status: number | undefined;
  readonly source: string | undefined;
  readonly detail: string | undefined;
  readonly serverCode: string | undefined;
  readonly request: string | undefined;
  readonly attempts: number | undefined;
  /** The server's contract findings (422), to show next to the right fields. */
  readonly issues: ContractIssue[] | undefined;
  readonly localized: LocalizedMessage;

  constructor(init: DataSourceErrorInit) {
    const localized = localize(init);
    super(localized.en, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.source = init.source;
    this.detail = init.detail;
    this.serverCode = init.serverCode;
    this.request = init.request;
    this.attempts = init.attempts;
    this.issues = init.issues;
    this.localized = localized;
  }

  /**
   * True for failures that may pass on their own: no connection, timeout, server error (5xx),
   * too many requests (429: after its `Retry-After`).
   */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'timeout' || this.code === 'server' || this.code === 'rate_limited';
  }

  /** True when signing in (again) is what it takes: 401, 403, or a redirect to a sign-in page. */
  get needsSignIn(): boolean {
    return this.code === 'unauthorized' || this.code === 'forbidden';
  }

  /** The message in a shipped language. */
  messageIn(lang: Lang): string {
    return this.localized[lang];
  }

  /** A plain object that survives structuredClone and JSON (for the Outbox's stored state). */
  toJSON(): SerializedDataSourceError {
    const out: SerializedDataSourceError = { code: this.code, message: this.localized };
    if (this.status !== undefined) out.status = this.status;
    if (this.detail !== undefined) out.detail = this.detail;
    if (this.serverCode !== undefined) out.serverCode = this.serverCode;
    if (this.issues !== undefined) out.issues = this.issues;
    return out;
  }
}

export interface SerializedDataSourceError {
  code: DataSourceErrorCode;
  status?: number;
  message: LocalizedMessage;
  detail?: string;
  serverCode?: string;
  issues?: ContractIssue[];
}

/** The error code for an HTTP status a server answered with. */
export function codeForStatus(status: number): DataSourceErrorCode {
  if (status >= 500) return 'server';
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 410:
      return 'gone';
    case 412:
      return 'precondition_failed';
    case 413:
      return 'payload_too_large';
    case 422:
      return 'unprocessable';
    case 429:
      return 'rate_limited';
    default:
      return 'client_error';
  }
}

function localize(init: DataSourceErrorInit): LocalizedMessage {
  const pick = (lang: Lang): string => {
    const m = dataMessages[lang];
    switch (init.code) {
      case 'timeout':
        return m.timeout(init.timeoutMs ?? 0);
      case 'server':
        return m.server(init.status ?? 500);
      case 'client_error':
        return m.client_error(init.status ?? 400);
      default:
        return m[init.code];
    }
  };
  return { vi: pick('vi'), en: pick('en') };
}

/** Wraps anything thrown by storage (IndexedDB, structuredClone) as a DataSourceError. */
export function storageError(source: string, cause: unknown): DataSourceError {
  if (cause instanceof DataSourceError) return cause;
  return new DataSourceError({
    code: 'storage',
    source,
    detail: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause),
    cause,
  });
}
