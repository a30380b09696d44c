import { DataSourceError } from './errors.js';
import { HttpClient, withSignal, type HttpClientOptions } from './http.js';
import type { DataSource, RequestOptions, WriteOptions } from './source.js';

export type FhirSourceOptions = Omit<HttpClientOptions, 'baseUrl' | 'source'>;

const FHIR_JSON = 'application/fhir+json';

/** A FHIR resource as JSON: only `resourceType` is checked here. */
export interface FhirResource {
  resourceType: string;
  id?: string;
  [key: string]: unknown;
}

/**
 * A DataSource over a FHIR R4 REST server (HAPI, Medplum, a hospital's HIS gateway):
 * residents are `Patient`, care plans `CarePlan`, surveys `Questionnaire`, answers
 * `QuestionnaireResponse`. It returns the raw FHIR JSON; mapping to the ansinh contract is done by
 * `ansinh/fhir`. Timeouts, retries, idempotency keys and errors are the same as RestSource's.
 */
export class FhirSource implements DataSource {
  readonly kind = 'fhir';
  readonly http: HttpClient;

  constructor(baseUrl: string | URL, options: FhirSourceOptions = {}) {
    this.http = new HttpClient({ ...options, baseUrl, source: this.kind });
  }

  getResident(id: string, options?: RequestOptions): Promise<FhirResource | undefined> {
    return this.read('Patient', id, options);
  }
  getCarePlan(id: string, options?: RequestOptions): Promise<FhirResource | undefined> {
    return this.read('CarePlan', id, options);
  }
  getSurveyDefinition(id: string, options?: RequestOptions): Promise<FhirResource | undefined> {
    return this.read('Questionnaire', id, options);
  }
  submitSurveyResponse(response: unknown, options?: WriteOptions): Promise<FhirResource> {
    return this.create('QuestionnaireResponse', response, options);
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
   * `POST [base]/{type}`. Returns the server's resource; a server that answers with an empty body
   * (return=minimal) gets the sent resource back with the id from its `Location` header.
   */
  async create(resourceType: string, resource: unknown, options?: WriteOptions): Promise<FhirResource> {
    const r = resource as Partial<FhirResource> | null;
    if (!r || typeof r !== 'object' || r.resourceType !== resourceType) {
      throw new DataSourceError({
        code: 'invalid_request',
        source: this.kind,
        detail: `Expected a ${resourceType} resource.`,
      });
    }
    const req = withSignal(
      { method: 'POST', path: resourceType, body: resource, accept: FHIR_JSON, contentType: FHIR_JSON },
      options,
    );
    if (options?.idempotencyKey) req.idempotencyKey = options.idempotencyKey;
    const res = await this.http.request(req);
    if (res?.body === undefined) {
      const id = res?.headers.get('Location')?.match(new RegExp(`${resourceType}/([^/]+)`))?.[1];
      return id ? { ...(r as FhirResource), id } : (r as FhirResource);
    }
    return this.expect(resourceType, res.body, res.status, `POST ${this.http.url(resourceType)}`);
  }

  private expect(resourceType: string, body: unknown, status: number, request: string): FhirResource {
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
