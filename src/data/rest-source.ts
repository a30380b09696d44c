import { DataSourceError } from './errors.js';
import { HttpClient, withSignal, type HttpClientOptions, type HttpRequest, type HttpResult } from './http.js';
import { withVersion, type DataSource, type LedgerQuery, type Page, type RequestOptions, type WriteOptions } from './source.js';

export type RestSourceOptions = Omit<HttpClientOptions, 'baseUrl' | 'source'>;

/** Page size asked for when the ledger is read page by page. */
const LEDGER_PAGE = 500;

/**
 * A DataSource over a REST API that speaks the ansinh contract as JSON (docs/contract/rest.yaml):
 *
 * | method | path |
 * |---|---|
 * | GET | /residents, /residents/{id} |
 * | GET, PUT | /care-plans/{id} (ETag, If-Match) |
 * | GET | /surveys/{id} |
 * | POST, GET | /survey-responses (?survey={surveyId}) |
 * | GET, POST | /ledger/entries (?fund, kind, from, to, limit, cursor) |
 * | GET | /ledger/disclosure, /funds, /datasets/{id}, /policy-table |
 *
 * Paths resolve under the base URL (`https://portal.example/api/` + `residents`). Every write
 * carries an `Idempotency-Key` (the caller's, or a fresh UUID reused across retries), so the
 * server can apply it once. Reads of one record resolve `undefined` on 404 and carry the record's
 * ETag (`versionOf(record)`); a write given `version` sends it as `If-Match`. Lists follow the
 * server's `Link: rel="next"` pages. Bodies are returned as parsed JSON: the contract is validated
 * where the data enters a component.
 */
export class RestSource implements DataSource {
  readonly kind = 'rest';
  readonly http: HttpClient;

  constructor(baseUrl: string | URL, options: RestSourceOptions = {}) {
    this.http = new HttpClient({ ...options, baseUrl, source: this.kind });
  }

  getResident(id: string, options?: RequestOptions): Promise<unknown> {
    return this.read(`residents/${enc(id)}`, options);
  }
  listResidents(options?: RequestOptions): Promise<unknown[]> {
    return this.readAll('residents', {}, options);
  }
  getCarePlan(id: string, options?: RequestOptions): Promise<unknown> {
    return this.read(`care-plans/${enc(id)}`, options);
  }
  saveCarePlan(plan: unknown, options?: WriteOptions): Promise<unknown> {
    const id = (plan as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') {
      return Promise.reject(new DataSourceError({ code: 'missing_id', source: this.kind }));
    }
    return this.write('PUT', `care-plans/${enc(id)}`, plan, options);
  }
  getSurveyDefinition(id: string, options?: RequestOptions): Promise<unknown> {
    return this.read(`surveys/${enc(id)}`, options);
  }
  submitSurveyResponse(response: unknown, options?: WriteOptions): Promise<unknown> {
    return this.write('POST', 'survey-responses', response, options);
  }
  listSurveyResponses(surveyId?: string, options?: RequestOptions): Promise<unknown[]> {
    return this.readAll('survey-responses', { survey: surveyId }, options);
  }
  listLedgerEntries(options: RequestOptions & LedgerQuery = {}): Promise<unknown[]> {
    return this.readAll('ledger/entries', ledgerParams(options), options);
  }
  pageLedgerEntries(query: LedgerQuery = {}, options?: RequestOptions): AsyncGenerator<Page> {
    return this.pages('ledger/entries', ledgerParams({ limit: LEDGER_PAGE, ...query }), options);
  }
  appendLedgerEntry(entry: unknown, options?: WriteOptions): Promise<unknown> {
    return this.write('POST', 'ledger/entries', entry, options);
  }
  getLedgerDisclosure(options?: RequestOptions): Promise<unknown> {
    return this.read('ledger/disclosure', options);
  }
  async listFunds(options?: RequestOptions): Promise<unknown[]> {
    const res = await this.http.request(withSignal({ method: 'GET', path: 'funds', absentStatuses: [404] }, options));
    return res ? this.expectArray(res, 'funds') : [];
  }
  getDataset(id: string, options?: RequestOptions): Promise<unknown> {
    return this.read(`datasets/${enc(id)}`, options);
  }
  getPolicyTable(options?: RequestOptions): Promise<unknown> {
    return this.read('policy-table', options);
  }

  private async read(path: string, options?: RequestOptions): Promise<unknown> {
    const res = await this.http.request(withSignal({ method: 'GET', path, absentStatuses: [404] }, options));
    return res ? withVersion(res.body, res.headers.get('ETag')) : undefined;
  }

  /** Every page of a list, one request per page, following `Link: <…>; rel="next"`. */
  async *pages(path: string, query: Record<string, string | undefined>, options?: RequestOptions): AsyncGenerator<Page> {
    let req: HttpRequest | undefined = { method: 'GET', path, query };
    while (req) {
      const res = await this.http.request(withSignal(req, options));
      const items = this.expectArray(res, req.path, req.query);
      const total = Number(res?.headers.get('X-Total-Count') ?? NaN);
      yield Number.isInteger(total) && total >= 0 ? { items, total } : { items };
      const next = nextLink(res?.headers.get('Link') ?? null);
      req = next && items.length > 0 ? { method: 'GET', path: new URL(next, this.http.url(path)).href } : undefined;
    }
  }

  private async readAll(path: string, query: Record<string, string | undefined>, options?: RequestOptions): Promise<unknown[]> {
    const out: unknown[] = [];
    for await (const page of this.pages(path, query, options)) out.push(...page.items);
    return out;
  }

  private expectArray(res: HttpResult | undefined, path: string, query?: Record<string, string | undefined>): unknown[] {
    if (!Array.isArray(res?.body)) {
      throw new DataSourceError({
        code: 'invalid_response',
        source: this.kind,
        status: res?.status,
        request: `GET ${this.http.url(path, query)}`,
        detail: 'Expected a JSON array.',
      });
    }
    return res.body as unknown[];
  }

  private async write(method: 'POST' | 'PUT', path: string, body: unknown, options?: WriteOptions): Promise<unknown> {
    const req: HttpRequest = withSignal({ method, path, body }, options);
    if (options?.idempotencyKey) req.idempotencyKey = options.idempotencyKey;
    if (options?.version) req.headers = { 'If-Match': options.version };
    const res = await this.http.request(req);
    // A 204 (or an empty 201) means "stored as sent".
    return withVersion(res?.body === undefined ? body : res.body, res?.headers.get('ETag'));
  }
}

function enc(id: string): string {
  return encodeURIComponent(id);
}

function ledgerParams(q: LedgerQuery): Record<string, string | undefined> {
  return {
    fund: q.fundId,
    kind: q.kind,
    from: q.from,
    to: q.to,
    limit: q.limit === undefined ? undefined : String(q.limit),
  };
}

/** The `rel="next"` target of an RFC 8288 Link header. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (m && /;\s*rel="?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(m[2] ?? '')) return m[1];
  }
  return undefined;
}
