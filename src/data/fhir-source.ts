import type { CarePlan } from '../contract/care-plan.js';
import type { SurveyDefinition, SurveyResponse } from '../contract/survey.js';
import type { ContractIssue } from '../contract/issues.js';
import type { FhirOptions } from '../fhir/shared.js';
import type { CarePlan as FhirCarePlan, Goal, Patient, Questionnaire, QuestionnaireResponse } from '../fhir/types.js';
import { DataSourceError } from './errors.js';
import { FhirClient, FHIR_JSON, ifNoneExist, type FhirClientOptions, type FhirResource } from './fhir-client.js';
import { withVersion, type DataSource, type RequestOptions, type WriteOptions } from './source.js';

export { FhirClient, FHIR_JSON, ifNoneExist };
export type { FhirBundle, FhirClientOptions, FhirPage, FhirResource, FhirUpdateOptions } from './fhir-client.js';

export interface FhirSourceOptions extends FhirClientOptions {
  /** Namespaces of ansinh's extensions and identifier systems on this server (`ansinh/fhir`). */
  mapping?: FhirOptions;
}

/** `ansinh/fhir`, loaded on first use so a page without a FHIR server never downloads it. */
const mapper = () => import('../fhir/index.js');

/**
 * A DataSource over a FHIR R4 server (HAPI, Medplum, Aidbox, a hospital's HIS gateway) that
 * speaks the ansinh contract to the elements, mapping through `ansinh/fhir`:
 *
 * | DataSource | FHIR |
 * |---|---|
 * | `getResident`, `listResidents` | read, search `Patient` (a Patient without ansinh's centre extensions is a `PartialResident`) |
 * | `getCarePlan`, `saveCarePlan` | `CarePlan` + its `Goal`s (saved in one transaction, `If-Match`) |
 * | `getSurveyDefinition` | read `Questionnaire` |
 * | `submitSurveyResponse` | conditional create of a `QuestionnaireResponse` (on its identifier) |
 * | `listSurveyResponses` | search `QuestionnaireResponse?questionnaire=<url|version>` |
 *
 * What the mapping cannot represent is reported, never dropped: a resource that does not become
 * valid contract data rejects with `invalid_response` and the mapping's `issues`. Statistics and
 * the ledger have no FHIR home: combine sources (`combineSources`). Raw FHIR stays available
 * through the `FhirClient` methods (`read`, `create`, `update`, `search`, `transaction`).
 */
export class FhirSource extends FhirClient implements DataSource {
  override readonly kind = 'fhir';
  readonly mapping: FhirOptions;

  constructor(baseUrl: string | URL, options: FhirSourceOptions = {}) {
    const { mapping, ...client } = options;
    super(baseUrl, client);
    this.mapping = mapping ?? {};
  }

  async getResident(id: string, options?: RequestOptions): Promise<unknown> {
    const patient = await this.read('Patient', id, options);
    if (!patient) return undefined;
    const { patientToResident } = await mapper();
    // A hospital's own Patient (no beneficiary category, no admission) is a partial resident: the card shows what it has.
    return this.mapped('Patient', id, patientToResident(patient as unknown as Patient, { ...this.mapping, partial: true }), patient);
  }

  /**
   * Every Patient as a resident (page by page). All or nothing: a Patient that does not map is an
   * error naming it, rather than a list that silently leaves people out.
   */
  async listResidents(options?: RequestOptions): Promise<unknown[]> {
    const { patientToResident } = await mapper();
    const patients = await this.searchAll('Patient', { _count: '200' }, options);
    return patients.map((p) => this.mapped('Patient', p.id ?? '', patientToResident(p as unknown as Patient, { ...this.mapping, partial: true }), p));
  }

  async getCarePlan(id: string, options?: RequestOptions): Promise<unknown> {
    const carePlan = await this.read('CarePlan', id, options);
    if (!carePlan) return undefined;
    const refs = ((carePlan.goal as { reference?: string }[] | undefined) ?? [])
      .map((g) => /^Goal\/([^/]+)$/.exec(g.reference ?? '')?.[1])
      .filter((g): g is string => !!g);
    const goals = (await Promise.all(refs.map((g) => this.read('Goal', g, options)))).filter((g): g is FhirResource => !!g);
    const { fhirToCarePlan } = await mapper();
    const r = fhirToCarePlan(carePlan as unknown as FhirCarePlan, goals as unknown as Goal[], this.mapping);
    return this.mapped('CarePlan', id, r, carePlan);
  }

  /**
   * One transaction: the CarePlan with `If-Match: W/"version"` when `version` is given, and every
   * Goal, so a stale save changes nothing (412, `precondition_failed`).
   */
  async saveCarePlan(plan: unknown, options: WriteOptions = {}): Promise<unknown> {
    const id = (plan as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') throw new DataSourceError({ code: 'missing_id', source: this.kind });
    const { carePlanToFhir } = await mapper();
    const { carePlan, goals } = carePlanToFhir(plan as CarePlan, this.mapping);
    const version = options.version?.replace(/^W\//, '').replace(/"/g, '');
    // The CarePlan first: its If-Match is checked before any Goal is written, also on a server
    // that cannot roll a transaction back (it stops at the first failed entry).
    const answer = await this.transaction(
      [
        {
          resource: carePlan as unknown as FhirResource,
          method: 'PUT' as const,
          url: `CarePlan/${carePlan.id}`,
          ...(version ? { ifMatch: `W/"${version}"` } : {}),
        },
        ...goals.map((g) => ({ resource: g as unknown as FhirResource, method: 'PUT' as const, url: `Goal/${g.id}` })),
      ],
      options,
    );
    const saved = answer.entry?.[0] as { resource?: FhirResource; response?: { etag?: string } } | undefined;
    const newVersion = saved?.resource?.meta?.versionId ?? saved?.response?.etag?.replace(/^W\//, '').replace(/"/g, '');
    return withVersion(structuredClone(plan), newVersion);
  }

  async getSurveyDefinition(id: string, options?: RequestOptions): Promise<unknown> {
    const q = await this.read('Questionnaire', id, options);
    if (!q) return undefined;
    const { questionnaireToSurvey } = await mapper();
    return this.mapped('Questionnaire', id, questionnaireToSurvey(q as unknown as Questionnaire, this.mapping), q);
  }

  /**
   * A contract SurveyResponse is mapped against its form (read as `Questionnaire/<definitionId>`)
   * and created once (its identifier is the response id); a QuestionnaireResponse is sent as is.
   */
  async submitSurveyResponse(response: unknown, options?: WriteOptions): Promise<unknown> {
    if ((response as { resourceType?: unknown } | null)?.resourceType === 'QuestionnaireResponse') {
      return this.create('QuestionnaireResponse', response, options);
    }
    const r = response as SurveyResponse;
    const def = await this.definition(r?.definitionId, options);
    const { responseToQuestionnaireResponse } = await mapper();
    await this.create('QuestionnaireResponse', responseToQuestionnaireResponse(r, def, this.mapping), options);
    return response;
  }

  /** The responses to form `surveyId`, as contract SurveyResponses (a response that does not map is reported). */
  async listSurveyResponses(surveyId?: string, options?: RequestOptions): Promise<unknown[]> {
    if (!surveyId) throw new DataSourceError({ code: 'invalid_request', source: this.kind, detail: 'A FHIR server lists responses per form: give the survey id.' });
    const q = await this.read('Questionnaire', surveyId, options);
    if (!q) return [];
    const { questionnaireToSurvey, questionnaireResponseToResponse } = await mapper();
    const def = this.mapped('Questionnaire', surveyId, questionnaireToSurvey(q as unknown as Questionnaire, this.mapping), q) as SurveyDefinition;
    const canonical = typeof q.version === 'string' && typeof q.url === 'string' ? `${q.url}|${q.version}` : (q.url as string | undefined);
    const found = await this.searchAll('QuestionnaireResponse', { questionnaire: canonical ?? `Questionnaire/${surveyId}`, _count: '200' }, options);
    return found.map((qr) => this.mapped('QuestionnaireResponse', qr.id ?? '', questionnaireResponseToResponse(qr as unknown as QuestionnaireResponse, def, this.mapping), qr));
  }

  private async definition(id: unknown, options?: RequestOptions): Promise<SurveyDefinition> {
    if (typeof id !== 'string' || id === '') throw new DataSourceError({ code: 'invalid_request', source: this.kind, detail: 'The response names no form (definitionId).' });
    const q = await this.read('Questionnaire', id, options);
    if (!q) throw new DataSourceError({ code: 'not_found', status: 404, source: this.kind, detail: `Questionnaire/${id} is not on the server.` });
    const { questionnaireToSurvey } = await mapper();
    return this.mapped('Questionnaire', id, questionnaireToSurvey(q as unknown as Questionnaire, this.mapping), q) as SurveyDefinition;
  }

  /** The mapped value, marked with the resource's version; a resource that does not map is an error with its issues. */
  private mapped(type: string, id: string, r: { value?: unknown; issues: ContractIssue[] }, resource: FhirResource): unknown {
    if (r.value === undefined) {
      const errors = r.issues.filter((i) => i.severity === 'error');
      throw new DataSourceError({
        code: 'invalid_response',
        source: this.kind,
        request: `GET ${this.http.url(`${type}/${encodeURIComponent(id)}`)}`,
        detail: `${type}/${id} does not map to the ansinh contract: ${errors.map((i) => `${i.path.join('.') || type} ${i.message.en}`).join('; ')}`,
        issues: r.issues,
      });
    }
    return withVersion(r.value, resource.meta?.versionId);
  }
}
