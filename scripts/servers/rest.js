// A server for the REST contract, generated from docs/contract/rest.yaml with openapi-backend:
// routing, parameter parsing, security and the validation of every request AND every response
// come from the spec (JSON Schema 2020-12 through Ajv). What this file writes by hand is only the
// storage behind the operations (an in-memory portal database) and what the spec asks a server to
// do: idempotency keys, ETags and If-Match, prevHash on append, paging with Link headers.
//
// A request that breaks the contract gets the contract's answer (400 for parameters, 422
// contract_violation with `issues` for bodies). A response that would break it is not sent: the
// server answers 500 `server_contract_violation` and records it in `violations`, which the tests
// check, so neither side can drift from the spec unnoticed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import OpenAPIBackend from 'openapi-backend';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REST_SPEC = join(root, 'docs', 'contract', 'rest.yaml');
const example = (name) => JSON.parse(readFileSync(join(root, 'docs', 'contract', 'examples', `${name}.json`), 'utf8')).value;

export const REST_CORS_HEADERS = 'Content-Type, Accept, Authorization, If-Match, Idempotency-Key, Accept-Language';
export const REST_EXPOSED_HEADERS = 'ETag, Link, X-Total-Count, Location, Retry-After';

/**
 * The seed: the contract examples (a resident list, a care plan, the MoH inpatient form, a
 * three-entry hash-chained ledger and its disclosure, funds, a dataset, the policy table).
 */
export function restSeed({ ledgerSize } = {}) {
  return {
    residents: example('residents'),
    carePlans: [example('care-plan')],
    surveys: [example('survey-definition')],
    surveyResponses: [],
    ledger: ledgerSize === undefined ? example('ledger-entries') : generatedLedger(ledgerSize),
    // The example disclosure publishes the three example entries; a generated ledger has none yet.
    disclosure: ledgerSize === undefined ? example('ledger-disclosure') : null,
    funds: example('funds'),
    datasets: [example('stat-dataset')],
    policyTable: example('policy-table'),
  };
}

/** `n` donations in one valid hash chain, on the pattern of the example entries (for paging tests and benches). */
export function generatedLedger(n) {
  const [template] = example('ledger-entries');
  const out = [];
  let prev = null;
  for (let i = 1; i <= n; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 40) * 86400000).toISOString().slice(0, 10);
    const entry = {
      ...template,
      id: `so-${String(i).padStart(6, '0')}`,
      receiptNumber: `PT-2025-${String(i).padStart(6, '0')}`,
      date: day,
      recordedAt: `${day}T08:00:00+07:00`,
      donor: { type: 'person', name: `Người ủng hộ ${i}`, publishConsent: i % 3 !== 0 },
      amountVnd: 10000 * (1 + (i % 50)),
      prevHash: prev,
    };
    out.push(entry);
    prev = ledgerEntryHash(entry);
  }
  return out;
}

/** RFC 8785-style canonical JSON, as `canonicalJson` in src/contract/ledger.ts (keys sorted, no spaces). */
function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
}
export const ledgerEntryHash = (entry) => createHash('sha256').update(canonicalJson(entry)).digest('hex');

/**
 * The spec as one document: each `./x.schema.json` is inlined without its `$id` and `$schema`,
 * and its `$defs` (the contract's shared building blocks, identical in every file) become
 * `components/schemas`, so every reference is internal and Ajv resolves it from the root.
 */
export function loadSpec() {
  const doc = loadYaml(readFileSync(REST_SPEC, 'utf8'));
  const schemas = (doc.components.schemas ??= {});
  const files = new Map();
  const relink = (node) => {
    if (Array.isArray(node)) return node.map(relink);
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = k === '$ref' && typeof v === 'string' ? v.replace(/^#\/\$defs\//, '#/components/schemas/') : relink(v);
    }
    return out;
  };
  const inline = (node) => {
    if (Array.isArray(node)) return node.map(inline);
    if (!node || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('./')) {
      const file = node.$ref.slice(2);
      if (!files.has(file)) {
        const json = JSON.parse(readFileSync(join(dirname(REST_SPEC), file), 'utf8'));
        // Example files are Example Objects: kept as they are.
        if (json.value !== undefined && json.summary !== undefined) {
          files.set(file, json);
        } else {
          const { $id, $schema, $defs = {}, ...schema } = json;
          void $id;
          void $schema;
          for (const [name, def] of Object.entries($defs)) schemas[name] ??= relink(def);
          files.set(file, relink(schema));
        }
      }
      return files.get(file);
    }
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = inline(v);
    return out;
  };
  return inline(doc);
}

let apiReady;
/** One parsed spec per process (dereferencing and compiling the validators takes about a second). */
function api() {
  apiReady ??= (async () => {
    const backend = new OpenAPIBackend({
      definition: loadSpec(),
      strict: false,
      validate: true,
      ajvOpts: { strict: false, allErrors: true },
      customizeAjv: (_ajv, opts) => {
        const ajv = new Ajv2020({ ...opts, strict: false, allErrors: true });
        addFormats(ajv);
        return ajv;
      },
    });
    // Its document check (openapi-schema-validator) knows OpenAPI 3.0 only and rejects 3.1's
    // `info.summary`, `type: [a, b]`…; the spec is linted by `redocly lint` in npm test instead.
    backend.validateDefinition = () => backend.document;
    register(backend);
    await backend.init();
    return backend;
  })();
  return apiReady;
}

/** The spec's handlers, registered once: each request carries its server's state in `ctx`. */
function register(backend) {
  backend.register({
    notFound: () => problem(404, 'not_found', 'Không có đường dẫn này'),
    methodNotAllowed: () => problem(405, 'method_not_allowed', 'Phương thức không được hỗ trợ'),
    notImplemented: (c, ctx) => {
      const fn = ctx.handlers[c.operation?.operationId];
      if (!fn) return problem(501, 'not_implemented', 'Chưa hỗ trợ');
      // Signed in, but with a session whose rights do not cover this operation (a public one is open to all).
      const limited = ctx.auth.limited;
      const isPublic = (c.operation.security ?? []).some((r) => Object.keys(r).length === 0);
      if (limited && !isPublic && c.request.headers.authorization === `Bearer ${limited.token}` && !limited.may.includes(c.operation.operationId)) {
        return problem(403, 'forbidden', 'Không có quyền');
      }
      return fn(c, ctx);
    },
    validationFail: (c) => {
      const errors = c.validation.errors ?? [];
      const bodyErrors = errors
        .filter((e) => String(e.instancePath ?? '').startsWith('/requestBody'))
        .map((e) => ({ ...e, instancePath: e.instancePath.replace(/^\/requestBody/, '') }));
      if (bodyErrors.length) return problem(422, 'contract_violation', 'Dữ liệu không đúng quy ước', { issues: issuesOf(bodyErrors) });
      return problem(400, 'bad_request', 'Tham số không hợp lệ', { detail: errors.map((e) => `${e.instancePath} ${e.message}`).join('; ') });
    },
    unauthorizedHandler: () => problem(401, 'unauthorized', 'Cần đăng nhập'),
    postResponseHandler: (c, ctx) => {
      const answer = c.response;
      if (!c.operation || !answer || answer.status >= 500) return answer;
      const checks = [
        backend.validateResponse(answer.body, c.operation, answer.status),
        backend.validateResponseHeaders(answer.headers ?? {}, c.operation, { statusCode: answer.status, setMatchType: 'superset' }),
      ];
      const errors = checks.flatMap((r) => r.errors ?? []);
      if (!errors.length) return answer;
      ctx.violations.push({ operationId: c.operation.operationId, status: answer.status, errors: errors.map((e) => `${e.instancePath} ${e.message}`) });
      return problem(500, 'server_contract_violation', 'The test server produced a response outside the contract');
    },
  });
  // With no `auth` configured every caller is let in; with a token or a cookie, only its holder.
  const open = (ctx) => !ctx.auth.token && !ctx.auth.cookie && !ctx.auth.limited;
  const signedIn = (c, ctx) =>
    [ctx.auth.token, ctx.auth.limited?.token].some((t) => !!t && c.request.headers.authorization === `Bearer ${t}`);
  backend.registerSecurityHandler('bearer', (c, ctx) => open(ctx) || signedIn(c, ctx));
  backend.registerSecurityHandler('cookie', (c, ctx) => open(ctx) || (!!ctx.auth.cookie && String(c.request.headers.cookie ?? '').includes(ctx.auth.cookie)));
}

const problem = (status, code, title, extra = {}) => ({ status, body: { status, code, title, ...extra }, type: 'application/problem+json' });

/** Ajv errors as the contract's issues (the same shape parseX() returns in the browser). */
function issuesOf(errors = []) {
  return errors.map((e) => {
    const path = (e.instancePath ?? '').split('/').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    if (e.keyword === 'required' && e.params?.missingProperty) path.push(e.params.missingProperty);
    const text = `${e.instancePath || '/'} ${e.message ?? e.keyword}`;
    return { path, code: e.keyword, severity: 'error', message: { vi: `Không đúng quy ước: ${text}`, en: `Breaks the contract: ${text}` } };
  });
}

function page(list, query, base, path) {
  const limit = query.limit === undefined ? undefined : Number(query.limit);
  const offset = query.cursor === undefined ? 0 : Number(Buffer.from(String(query.cursor), 'base64url').toString('utf8').replace(/^o/, ''));
  if (!Number.isInteger(offset) || offset < 0 || offset > list.length) return { error: problem(400, 'bad_cursor', 'Con trỏ trang không hợp lệ') };
  const items = limit === undefined ? list.slice(offset) : list.slice(offset, offset + limit);
  const headers = { 'X-Total-Count': String(list.length) };
  if (limit !== undefined && offset + items.length < list.length) {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (k !== 'cursor' && v !== undefined) next.set(k, String(v));
    next.set('cursor', Buffer.from(`o${offset + items.length}`).toString('base64url'));
    headers.Link = `<${base}${path}?${next}>; rel="next"`;
  }
  return { items, headers };
}

/**
 * A REST back end. `handle(req, res, url, text, base, extraHeaders)` answers one HTTP request
 * whose path below the API base is `url.pathname`; `base` is the absolute API base (for Link).
 * `auth.token` / `auth.cookie`: when set, operations that need sign-in answer 401 to a caller
 * without `Authorization: Bearer <token>` or a Cookie header containing `<cookie>`.
 * `auth.limited = { token, may: [operationId…] }`: a second session, signed in but allowed only
 * those operations; any other that needs sign-in answers it 403.
 */
export async function createRestBackend({ seed = restSeed(), auth = {} } = {}) {
  const backend = await api();
  const db = {
    residents: new Map(seed.residents.map((r) => [r.id, r])),
    carePlans: new Map(seed.carePlans.map((p) => [p.id, { plan: p, version: 1 }])),
    surveys: new Map(seed.surveys.map((s) => [s.id, s])),
    surveyResponses: [...seed.surveyResponses],
    ledger: [...seed.ledger],
    disclosure: seed.disclosure,
    funds: seed.funds,
    datasets: new Map(seed.datasets.map((d) => [d.id, d])),
    policyTable: seed.policyTable,
  };
  /** Idempotency-Key -> { body (as sent, canonical), answer }. */
  const applied = new Map();
  /** Every write applied, in order: { collection, key, body }. */
  const stored = [];
  /** Responses the handlers produced that broke the spec (should stay empty). */
  const violations = [];

  /** Applies a write once per key; a repeat answers the first result (200), a changed body 422. */
  function once(c, collection, apply) {
    const key = c.request.headers['idempotency-key'];
    const sent = canonicalJson(c.request.requestBody);
    const seen = applied.get(key);
    if (seen) {
      if (seen.body !== sent) return problem(422, 'idempotency_key_reused', 'Khoá chống gửi trùng đã dùng cho dữ liệu khác');
      return { ...seen.answer, status: seen.answer.status === 201 ? 200 : seen.answer.status };
    }
    const answer = apply();
    if (answer.status < 300) {
      stored.push({ collection, key, body: c.request.requestBody });
      applied.set(key, { body: sent, answer });
    }
    return answer;
  }

  const ok = (body, status = 200, headers = {}) => ({ status, body, headers });
  const notFound = () => problem(404, 'not_found', 'Không tìm thấy');
  const etag = (version) => `"${version}"`;

  const handlers = {
    listResidents: (c, ctx) => paged([...db.residents.values()], c, ctx),
    getResident: (c) => (db.residents.has(c.request.params.id) ? ok(db.residents.get(c.request.params.id)) : notFound()),
    getCarePlan: (c) => {
      const row = db.carePlans.get(c.request.params.id);
      return row ? ok(row.plan, 200, { ETag: etag(row.version) }) : notFound();
    },
    saveCarePlan: (c) => {
      const id = c.request.params.id;
      const plan = c.request.requestBody;
      if (plan.id !== id) {
        return problem(422, 'contract_violation', 'Mã kế hoạch trong nội dung khác đường dẫn', {
          issues: [{ path: ['id'], code: 'id_mismatch', severity: 'error', message: { vi: `Mã phải là "${id}".`, en: `The id must be "${id}".` } }],
        });
      }
      const ifMatch = c.request.headers['if-match'];
      const row = db.carePlans.get(id);
      if (ifMatch !== undefined && (!row || ifMatch !== etag(row.version))) {
        return problem(412, 'precondition_failed', 'Kế hoạch đã được người khác lưu');
      }
      return once(c, 'carePlans', () => {
        const version = (row?.version ?? 0) + 1;
        db.carePlans.set(id, { plan, version });
        return ok(plan, row ? 200 : 201, { ETag: etag(version) });
      });
    },
    getSurveyDefinition: (c) => (db.surveys.has(c.request.params.id) ? ok(db.surveys.get(c.request.params.id)) : notFound()),
    submitSurveyResponse: (c) =>
      once(c, 'surveyResponses', () => {
        db.surveyResponses.push(c.request.requestBody);
        return ok(c.request.requestBody, 201);
      }),
    listSurveyResponses: (c, ctx) => {
      const survey = c.request.query.survey;
      return paged(db.surveyResponses.filter((r) => !survey || r.definitionId === survey), c, ctx);
    },
    listLedgerEntries: (c, ctx) => {
      const { fund, kind, from, to } = c.request.query;
      const list = db.ledger.filter(
        (e) => (!fund || e.fundId === fund) && (!kind || e.kind === kind) && (!from || e.date >= from) && (!to || e.date <= to),
      );
      return paged(list, c, ctx);
    },
    appendLedgerEntry: (c) => {
      const key = c.request.headers['idempotency-key'];
      if (applied.has(key)) return once(c, 'ledger', () => notFound());
      const entry = c.request.requestBody;
      const last = db.ledger.at(-1);
      const head = last ? ledgerEntryHash(last) : null;
      if ((entry.prevHash ?? null) !== head) {
        return problem(409, 'conflict', 'Sổ đã có bút toán mới', { detail: `prevHash must be ${head ?? 'null'}` });
      }
      return once(c, 'ledger', () => {
        db.ledger.push(entry);
        return ok(entry, 201);
      });
    },
    getLedgerDisclosure: () => (db.disclosure ? ok(db.disclosure) : notFound()),
    listFunds: () => ok(db.funds),
    getDataset: (c) => (db.datasets.has(c.request.params.id) ? ok(db.datasets.get(c.request.params.id)) : notFound()),
    getPolicyTable: () => (db.policyTable ? ok(db.policyTable) : notFound()),
  };

  function paged(list, c, ctx) {
    const p = page(list, c.request.query, ctx.base, c.request.path.replace(/^\//, ''));
    return p.error ?? ok(p.items, 200, p.headers);
  }

  function send(res, answer, extraHeaders) {
    const type = answer.type ?? 'application/json; charset=utf-8';
    res.writeHead(answer.status, { ...extraHeaders, 'Content-Type': type, ...(answer.headers ?? {}) });
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  }

  async function handle(req, res, url, text, base, extraHeaders = {}) {
    let body;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        return send(res, problem(400, 'bad_json', 'Nội dung không phải JSON'), extraHeaders);
      }
    }
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = v;
    const request = { method: req.method, path: url.pathname, query: url.search.replace(/^\?/, ''), headers, body };
    const context = { base, handlers, violations, auth };
    const answer = await backend.handleRequest(request, context);
    return send(res, answer, extraHeaders);
  }

  return { handle, db, stored, violations, applied };
}
