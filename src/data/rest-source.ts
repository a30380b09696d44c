import { DataSourceError } from './errors.js';
import { HttpClient, withSignal, type HttpClientOptions, type HttpRequest } from './http.js';
import type { DataSource, RequestOptions, WriteOptions } from './source.js';

export type RestSourceOptions = Omit<HttpClientOptions, 'baseUrl' | 'source'>;

/**
 * A DataSource over a REST API that speaks the ansinh contract as JSON:
 *
 * | method | path |
 * |---|---|
 * | GET | /residents, /residents/{id} |
 * | GET, PUT | /care-plans/{id} |
 * | GET | /surveys/{id} |
 * | POST | /survey-responses |
 * | GET | /survey-responses?survey={surveyId} |
 * | GET, POST | /ledger/entries |
 * | GET | /datasets/{id} |
 *
 * Paths resolve under the base URL (`https://portal.example/api/` + `residents`). Every write
 * carries an `Idempotency-Key` (the caller's, or a fresh UUID reused across retries), so the
 * server can apply it once. Reads of one record resolve `undefined` on 404. Bodies are returned
 * as parsed JSON: the contract is validated where the data enters a component.
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
    return this.readList('residents', undefined, options);
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
    return this.readList('survey-responses', { survey: surveyId }, options);
  }
  listLedgerEntries(options?: RequestOptions): Promise<unknown[]> {
    return this.readList('ledger/entries', undefined, options);
  }
  appendLedgerEntry(entry: unknown, options?: WriteOptions): Promise<unknown> {
    return this.write('POST', 'ledger/entries', entry, options);
  }
  getDataset(id: string, options?: RequestOptions): Promise<unknown> {
    return this.read(`datasets/${enc(id)}`, options);
  }

  private async read(path: string, options?: RequestOptions): Promise<unknown> {
    const res = await this.http.request(withSignal({ method: 'GET', path, absentStatuses: [404] }, options));
    return res?.body;
  }

  private async readList(
    path: string,
    query: Record<string, string | undefined> | undefined,
    options?: RequestOptions,
  ): Promise<unknown[]> {
    const req: HttpRequest = { method: 'GET', path };
    if (query) req.query = query;
    const res = await this.http.request(withSignal(req, options));
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
    const res = await this.http.request(req);
    // A 204 (or an empty 201) means "stored as sent".
    return res?.body === undefined ? body : res.body;
  }
}

function enc(id: string): string {
  return encodeURIComponent(id);
}
