import type { ContractIssue } from '../contract/issues.js';
import { DataSourceError, codeForStatus } from './errors.js';
import { newId } from './ids.js';

/** How a failed request is tried again. Only network errors, timeouts and 5xx are retried. */
export interface RetryPolicy {
  /** Total attempts including the first. 1 disables retries. Default 3. */
  maxAttempts: number;
  /** Delay before the first retry; doubles each time. Default 300 ms. */
  baseDelayMs: number;
  /** Upper bound of one delay (also caps a server's Retry-After). Default 10 s. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 10_000 };

export interface HttpClientOptions {
  /** Base URL; relative request paths resolve against it. Absolute paths ignore it. */
  baseUrl?: string | URL;
  /** Time allowed for one attempt, headers and body included. Default 15 s. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Extra headers on every request (e.g. Authorization); a function is called per attempt. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  credentials?: RequestCredentials;
  /**
   * The browser HTTP cache mode of reads. Default `no-cache`: every read asks the server, which
   * may answer 304 to the ETag the browser holds, so an editor never opens a stale copy that a
   * heuristic cache kept (a record with an old Last-Modified can otherwise stay "fresh" for weeks).
   */
  cache?: RequestCache;
  /** The fetch to use (a portal's instrumented fetch, a service-worker-aware one…). */
  fetch?: typeof fetch;
  /** Name put on errors, e.g. `rest`, `fhir`. */
  source?: string;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | undefined>;
  /** Serialised as JSON. */
  body?: unknown;
  /** Default `application/json`. */
  accept?: string;
  /** For bodies; default `application/json`. */
  contentType?: string;
  /** For writes; generated when absent and reused across every retry of this call. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Statuses that mean "no such thing": resolve with `undefined` instead of failing. */
  absentStatuses?: readonly number[];
  /** Request headers of this call (If-Match, If-None-Exist…), set after the client's own. */
  headers?: Record<string, string>;
}

export interface HttpResult {
  status: number;
  /** Parsed JSON body; undefined for an empty body. */
  body: unknown;
  headers: Headers;
  /** The Idempotency-Key that was sent (writes only). */
  idempotencyKey?: string;
}

const TIMEOUT = Symbol('timeout');

/**
 * A base URL as given (`https://api.tinh.gov.vn/ansinh`, or `/api/ansinh` relative to the page)
 * made absolute against the page, with a trailing slash so paths resolve under it. Outside a page
 * (a Node back end) a relative base stays as given.
 */
function resolveBase(base: string): string {
  const withSlash = withTrailingSlash(base);
  const page = globalThis.document?.baseURI ?? globalThis.location?.href;
  if (!page) return withSlash;
  try {
    return new URL(withSlash, page).href;
  } catch {
    return withSlash;
  }
}

/**
 * The one HTTP path shared by RestSource, FhirSource and the Outbox's default transport:
 * per-attempt timeout, retries with exponential backoff and jitter on network errors and 5xx,
 * one Idempotency-Key per write reused across its retries, and every failure as DataSourceError.
 */
export class HttpClient {
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly source: string;
  private readonly baseUrl: string | undefined;
  private readonly options: HttpClientOptions;

  constructor(options: HttpClientOptions = {}) {
    this.options = options;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    if (!(this.retry.maxAttempts >= 1)) this.retry.maxAttempts = 1;
    this.source = options.source ?? 'http';
    this.baseUrl = options.baseUrl === undefined ? undefined : resolveBase(String(options.baseUrl));
  }

  /** Resolves a path against the base URL (a leading `/` stays under the base path). */
  url(path: string, query?: Record<string, string | undefined>): string {
    const base = this.baseUrl ?? globalThis.location?.href;
    const isAbsolute = /^[a-z][a-z0-9+.-]*:/i.test(path);
    const url = new URL(isAbsolute || !this.baseUrl ? path : path.replace(/^\/+/, ''), base);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
    return url.href;
  }

  async request(req: HttpRequest): Promise<HttpResult | undefined> {
    let url: string;
    try {
      url = this.url(req.path, req.query);
    } catch (cause) {
      throw new DataSourceError({ code: 'invalid_request', source: this.source, detail: `Bad URL: ${req.path}`, cause });
    }
    const label = `${req.method} ${url}`;
    const isWrite = req.method !== 'GET';
    const idempotencyKey = isWrite ? (req.idempotencyKey ?? newId()) : undefined;
    let body: string | undefined;
    if (req.body !== undefined) {
      try {
        body = JSON.stringify(req.body);
      } catch (cause) {
        throw new DataSourceError({ code: 'invalid_request', source: this.source, request: label, cause });
      }
    }

    for (let attempt = 1; ; attempt++) {
      throwIfAborted(req.signal, this.source, label);
      try {
        const result = await this.attempt(url, req, body, idempotencyKey, label, attempt);
        return result;
      } catch (error) {
        const err = error as DataSourceError & { retryAfterMs?: number };
        if (!err.retryable || attempt >= this.retry.maxAttempts) throw err;
        await sleep(this.backoff(attempt, err.retryAfterMs), req.signal, this.source, label);
      }
    }
  }

  /** Full-jitter-ish exponential backoff: half fixed, half random, so clients spread out. */
  backoff(attempt: number, retryAfterMs?: number): number {
    const { baseDelayMs, maxDelayMs } = this.retry;
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    const jittered = ceiling / 2 + Math.random() * (ceiling / 2);
    return retryAfterMs === undefined ? jittered : Math.min(maxDelayMs, Math.max(jittered, retryAfterMs));
  }

  private async attempt(
    url: string,
    req: HttpRequest,
    body: string | undefined,
    idempotencyKey: string | undefined,
    label: string,
    attempt: number,
  ): Promise<HttpResult | undefined> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMEOUT), this.timeoutMs);
    const onCallerAbort = (): void => controller.abort(req.signal?.reason);
    req.signal?.addEventListener('abort', onCallerAbort, { once: true });
    const fail = (init: Omit<ConstructorParameters<typeof DataSourceError>[0], 'source' | 'request' | 'attempts'>) =>
      new DataSourceError({ ...init, source: this.source, request: label, attempts: attempt });
    try {
      const headers = new Headers(await this.extraHeaders());
      headers.set('Accept', req.accept ?? 'application/json');
      if (body !== undefined) headers.set('Content-Type', req.contentType ?? 'application/json');
      if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
      for (const [name, value] of Object.entries(req.headers ?? {})) headers.set(name, value);
      const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
      const init: RequestInit = { method: req.method, headers, signal: controller.signal };
      if (body !== undefined) init.body = body;
      if (this.options.credentials) init.credentials = this.options.credentials;
      if (req.method === 'GET') init.cache = this.options.cache ?? 'no-cache';

      let response: Response;
      let text: string;
      try {
        response = await doFetch(url, init);
        text = await response.text();
      } catch (cause) {
        if (req.signal?.aborted) throw fail({ code: 'aborted', cause: req.signal.reason });
        if (controller.signal.reason === TIMEOUT) throw fail({ code: 'timeout', timeoutMs: this.timeoutMs, cause });
        throw fail({ code: 'network', cause });
      }

      const status = response.status;
      if (status >= 200 && status < 300) {
        const parsed = parseBody(text, response.headers);
        if (!parsed.ok) {
          // Followed a redirect to a page that is not the API (a 302 to the portal's sign-in page
          // answering 200 HTML): the session ended, nothing was stored.
          if (response.redirected) {
            throw fail({ code: 'unauthorized', status, detail: `Redirected to ${response.url.split('?')[0]} (${parsed.detail}); sign in again.` });
          }
          throw fail({ code: 'invalid_response', status, detail: parsed.detail });
        }
        const result: HttpResult = { status, body: parsed.value, headers: response.headers };
        if (idempotencyKey) result.idempotencyKey = idempotencyKey;
        return result;
      }
      // A write whose redirect was followed became a GET of another page: that page's error is
      // not the API's verdict on the write (nothing was refused). Treated as the session ending.
      // A read that was redirected keeps its status: the resource moved, and its answer counts.
      if (response.redirected && req.method !== 'GET') {
        throw fail({ code: 'unauthorized', status, detail: `Redirected to ${response.url.split('?')[0]}, which answered ${status}; sign in again.` });
      }
      if (req.absentStatuses?.includes(status)) return undefined;
      const info = errorInfo(text);
      const error = fail({ code: codeForStatus(status), status, ...info }) as DataSourceError & { retryAfterMs?: number };
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      if (retryAfter !== undefined) error.retryAfterMs = retryAfter;
      throw error;
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  private async extraHeaders(): Promise<HeadersInit | undefined> {
    const h = this.options.headers;
    return typeof h === 'function' ? await h() : h;
  }
}

/** Adds the caller's AbortSignal, if any, to a request. */
export function withSignal(req: HttpRequest, options?: { signal?: AbortSignal }): HttpRequest {
  if (options?.signal) req.signal = options.signal;
  return req;
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function throwIfAborted(signal: AbortSignal | undefined, source: string, request: string): void {
  if (signal?.aborted) throw new DataSourceError({ code: 'aborted', source, request, cause: signal.reason });
}

function sleep(ms: number, signal: AbortSignal | undefined, source: string, request: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new DataSourceError({ code: 'aborted', source, request, cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

type Parsed = { ok: true; value: unknown } | { ok: false; detail: string };

function parseBody(text: string, headers: Headers): Parsed {
  if (text.trim() === '') return { ok: true, value: undefined };
  const type = headers.get('Content-Type') ?? '';
  // Accept any JSON media type (application/json, application/fhir+json, application/problem+json)
  // and a missing type; reject HTML error pages from proxies and captive portals up front.
  if (type && !/\bjson\b/i.test(type)) {
    return { ok: false, detail: `Expected JSON but got ${type.split(';')[0]}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, detail: `Body is not valid JSON: ${(e as Error).message}` };
  }
}

/** Pulls a server's own message out of common error bodies (JSON problem, FHIR OperationOutcome). */
type ErrorInfo = { detail?: string; serverCode?: string; issues?: ContractIssue[] };

function errorInfo(text: string): ErrorInfo {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const plain = text.trim().slice(0, 200);
    return plain && !plain.startsWith('<') ? { detail: plain } : {};
  }
  if (!body || typeof body !== 'object') return {};
  const b = body as Record<string, unknown>;
  const out: ErrorInfo = {};
  if (typeof b.code === 'string') out.serverCode = b.code;
  // RFC 9457 problem with the contract's `issues` (docs/contract/rest.yaml): keep the well-formed ones.
  if (Array.isArray(b.issues)) {
    const issues = b.issues.filter(isContractIssue);
    if (issues.length) out.issues = issues;
  }
  const message = b.message ?? b.detail ?? b.title ?? b.error;
  if (typeof message === 'string') out.detail = message;
  if (b.resourceType === 'OperationOutcome' && Array.isArray(b.issue)) {
    const first = b.issue[0] as Record<string, unknown> | undefined;
    if (typeof first?.code === 'string') out.serverCode = first.code;
    const text = (first?.details as Record<string, unknown> | undefined)?.text ?? first?.diagnostics;
    const where = Array.isArray(first?.expression) ? first.expression.filter((e) => typeof e === 'string').join(', ') : '';
    if (typeof text === 'string') out.detail = where ? `${text} (${where})` : text;
  }
  return out;
}

function isLocalized(v: unknown): boolean {
  const m = v as Record<string, unknown> | null;
  return !!m && typeof m === 'object' && typeof m.vi === 'string' && typeof m.en === 'string';
}

function isContractIssue(v: unknown): v is ContractIssue {
  const i = v as Record<string, unknown> | null;
  return (
    !!i &&
    typeof i === 'object' &&
    Array.isArray(i.path) &&
    i.path.every((p) => typeof p === 'string' || typeof p === 'number') &&
    typeof i.code === 'string' &&
    (i.severity === 'error' || i.severity === 'warning') &&
    isLocalized(i.message) &&
    (i.field === undefined || isLocalized(i.field))
  );
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
