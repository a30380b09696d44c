import { DataSourceError, codeForStatus } from './errors.js';
import { HttpClient, withSignal, type HttpClientOptions, type HttpRequest } from './http.js';
import { FHIR_JSON, ifNoneExist } from './fhir-write.js';
import { newId } from './ids.js';
import type { RequestOptions, WriteOptions } from './source.js';

export { FHIR_JSON, ifNoneExist };

export type FhirClientOptions = Omit<HttpClientOptions, 'baseUrl' | 'source'>;


/** A FHIR resource as JSON: only `resourceType` is checked here. */
export interface FhirResource {
  resourceType: string;
  id?: string;
  meta?: { versionId?: string; lastUpdated?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** A searchset Bundle as far as paging needs it. */
export interface FhirBundle extends FhirResource {
  resourceType: 'Bundle';
  total?: number;
  link?: { relation: string; url: string }[];
  entry?: {
    resource?: FhirResource;
    search?: { mode?: string };
    /** Transaction and batch responses. */
    response?: { status?: string; etag?: string; location?: string; outcome?: unknown };
  }[];
}

/** One page of a search: the matching resources, the server's total if it gave one, the next page. */
export interface FhirPage {
  resources: FhirResource[];
  total: number | undefined;
  next: string | undefined;
}

export interface FhirUpdateOptions extends RequestOptions {
  /**
   * The version this update replaces (`meta.versionId` as read). Sent as `If-Match: W/"…"`: the
   * server answers 412 (DataSourceError `precondition_failed`) when someone saved in between.
   * Default: the resource's own `meta.versionId`; `false` overwrites whatever is stored.
   */
  versionId?: string | false;
}

/** The identifier system of identifiers FhirSource mints for conditional creates. */
const URI = 'urn:ietf:rfc:3986';

/**
 * The FHIR R4 REST interactions ansinh needs, over the shared HTTP path (timeouts, retries,
 * DataSourceError): read, conditional create, versioned update, paged search and transactions.
 * It moves raw FHIR JSON; `FhirSource` (fhir-source.ts) maps it to the ansinh contract.
 *
 * Writes follow FHIR, not the REST contract: FHIR servers ignore `Idempotency-Key`, so a create is
 * a conditional create (`If-None-Exist` on the resource's identifier; one is minted from the
 * idempotency key when the resource has none), and an update carries `If-Match: W/"versionId"`.
 */
export class FhirClient {
  readonly kind: string = 'fhir';
  readonly http: HttpClient;

  constructor(baseUrl: string | URL, options: FhirClientOptions = {}) {
    this.http = new HttpClient({ ...options, baseUrl, source: this.kind });
  }

  /** `GET [base]/{type}/{id}`; undefined when the server says 404 (unknown) or 410 (deleted). */
  async read(resourceType: string, id: string, options?: RequestOptions): Promise<FhirResource | undefined> {
    const path = `${resourceType}/${encodeURIComponent(id)}`;
    const res = await this.http.request(
      withSignal({ method: 'GET', path, accept: FHIR_JSON, absentStatuses: [404, 410] }, options),
    );
    if (!res) return undefined;
    return this.expect(resourceType, res.body, res.status, `GET ${this.http.url(path)}`);
  }

  /**
   * Conditional create: `POST [base]/{type}` with `If-None-Exist: identifier=…`, so a retry, a
   * double click or a second device sending the same record stores it once (the server answers
   * the stored one with 200). A resource without an identifier gets
   * `{ system: 'urn:ietf:rfc:3986', value: 'urn:uuid:<idempotency key>' }`.
   * A server that answers with an empty body gets the sent resource back with the id from `Location`.
   */
  async create(resourceType: string, resource: unknown, options?: WriteOptions): Promise<FhirResource> {
    const sent = this.check(resourceType, resource);
    const key = options?.idempotencyKey ?? newId();
    const body: FhirResource = ifNoneExist(sent)
      ? sent
      : { ...sent, identifier: hasListIdentifier(resourceType) ? [mintedIdentifier(key)] : mintedIdentifier(key) };
    const req = withSignal(
      { method: 'POST', path: resourceType, body, accept: FHIR_JSON, contentType: FHIR_JSON, idempotencyKey: key },
      options,
    );
    req.headers = { 'If-None-Exist': ifNoneExist(body) as string };
    const res = await this.http.request(req);
    if (res?.body === undefined) {
      const id = res?.headers.get('Location')?.match(new RegExp(`${resourceType}/([^/]+)`))?.[1];
      return id ? { ...body, id } : body;
    }
    return this.expect(resourceType, res.body, res.status, `POST ${this.http.url(resourceType)}`);
  }

  /** Versioned update: `PUT [base]/{type}/{id}` with `If-Match: W/"versionId"` (see FhirUpdateOptions). */
  async update(resource: unknown, options: FhirUpdateOptions = {}): Promise<FhirResource> {
    const r = resource as Partial<FhirResource> | null;
    const type = typeof r?.resourceType === 'string' ? r.resourceType : '';
    const sent = this.check(type, resource);
    if (typeof sent.id !== 'string' || sent.id === '') {
      throw new DataSourceError({ code: 'missing_id', source: this.kind });
    }
    const path = `${type}/${encodeURIComponent(sent.id)}`;
    const req: HttpRequest = withSignal({ method: 'PUT', path, body: sent, accept: FHIR_JSON, contentType: FHIR_JSON }, options);
    const version = options.versionId === false ? undefined : (options.versionId ?? sent.meta?.versionId);
    if (version) req.headers = { 'If-Match': `W/"${version}"` };
    const res = await this.http.request(req);
    if (res?.body === undefined) return sent;
    return this.expect(type, res.body, res.status, `PUT ${this.http.url(path)}`);
  }

  /**
   * A search, page by page: `GET [base]/{type}?params`, then each Bundle's `next` link. The
   * resources are the Bundle's matches (included resources are left out).
   */
  async *search(resourceType: string, params: Record<string, string | undefined> = {}, options?: RequestOptions): AsyncGenerator<FhirPage> {
    let next: string | undefined;
    let first = true;
    while (first || next) {
      const req: HttpRequest = first
        ? { method: 'GET', path: resourceType, query: params, accept: FHIR_JSON }
        : { method: 'GET', path: next as string, accept: FHIR_JSON };
      first = false;
      const res = await this.http.request(withSignal(req, options));
      const bundle = this.expect('Bundle', res?.body, res?.status ?? 0, `GET ${this.http.url(req.path, req.query)}`) as FhirBundle;
      const resources = (bundle.entry ?? [])
        .filter((e) => e.resource && e.resource.resourceType === resourceType && (e.search?.mode ?? 'match') === 'match')
        .map((e) => e.resource as FhirResource);
      next = bundle.link?.find((l) => l.relation === 'next')?.url;
      yield { resources, total: typeof bundle.total === 'number' ? bundle.total : undefined, next };
    }
  }

  /** Every match of a search, following the pages (for small result sets). */
  async searchAll(resourceType: string, params: Record<string, string | undefined> = {}, options?: RequestOptions): Promise<FhirResource[]> {
    const out: FhirResource[] = [];
    for await (const page of this.search(resourceType, params, options)) out.push(...page.resources);
    return out;
  }

  /**
   * A transaction Bundle (`POST [base]`): all its entries are applied or none (a server that only
   * does batches answers per entry; a failed entry is thrown here either way, with its status).
   */
  async transaction(entries: { resource: FhirResource; method: 'PUT' | 'POST'; url: string; ifMatch?: string }[], options?: RequestOptions): Promise<FhirBundle> {
    const bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: entries.map((e) => ({
        resource: e.resource,
        request: { method: e.method, url: e.url, ...(e.ifMatch ? { ifMatch: e.ifMatch } : {}) },
      })),
    };
    const res = await this.http.request(withSignal({ method: 'POST', path: '', body: bundle, accept: FHIR_JSON, contentType: FHIR_JSON }, options));
    const answer = this.expect('Bundle', res?.body, res?.status ?? 0, `POST ${this.http.url('')}`) as FhirBundle;
    const failed = answer.entry?.find((e) => !/^2\d\d/.test(String(e.response?.status ?? '200')));
    if (failed) {
      const status = Number.parseInt(String(failed.response?.status), 10);
      const text = (failed.response?.outcome as { issue?: { details?: { text?: string } }[] } | undefined)?.issue?.[0]?.details?.text;
      throw new DataSourceError({ code: codeForStatus(status), status, source: this.kind, request: `POST ${this.http.url('')}`, ...(text ? { detail: text } : {}) });
    }
    return answer;
  }

  protected check(resourceType: string, resource: unknown): FhirResource {
    const r = resource as Partial<FhirResource> | null;
    if (!r || typeof r !== 'object' || !resourceType || r.resourceType !== resourceType) {
      throw new DataSourceError({
        code: 'invalid_request',
        source: this.kind,
        detail: `Expected a ${resourceType || 'FHIR'} resource.`,
      });
    }
    return r as FhirResource;
  }

  protected expect(resourceType: string, body: unknown, status: number, request: string): FhirResource {
    const type = (body as { resourceType?: unknown } | null)?.resourceType;
    if (type !== resourceType) {
      throw new DataSourceError({
        code: 'invalid_response',
        source: this.kind,
        status,
        request,
        detail: `Expected a ${resourceType} resource, got ${typeof type === 'string' ? type : 'no resourceType'}.`,
      });
    }
    return body as FhirResource;
  }
}

/** Resources whose `identifier` is a single Identifier rather than a list (R4). */
const SINGLE_IDENTIFIER = new Set(['QuestionnaireResponse', 'Bundle', 'Composition']);

function hasListIdentifier(resourceType: string): boolean {
  return !SINGLE_IDENTIFIER.has(resourceType);
}

function mintedIdentifier(key: string): { system: string; value: string } {
  return { system: URI, value: `urn:uuid:${key}` };
}
