// Real HTTP servers on 127.0.0.1 for the data-source and outbox tests (no mocked fetch).
// The browser drives them with executeServerCommand:
//   data-server-start        { behaviour, failures?, garbage?, api?, auth?, id? } -> { id, url, port }
//                            (pass the id of a stopped server to bring it back on the same port
//                            with the data it had stored, like a real server coming back up)
//   data-server-stop         { id } -> true           (connections are cut; data is kept)
//   data-server-set-behaviour { id, behaviour, failures?, garbage? } -> true
//   data-server-requests     { id } -> { requests, stored }
// Behaviours (they apply to every non-OPTIONS request):
//   ok                 the REST contract: docs/contract/rest.yaml served by openapi-backend
//                      (scripts/servers/rest.js), which validates every request and response;
//                      seeded with docs/contract/examples (`auth: { token }` requires a bearer token)
//   fail-5xx-then-ok   the first `failures` (default 2) requests get 503, then ok
//   stall              the request is read and never answered
//   drop-connection    the socket is destroyed without an answer (first `failures`, default all)
//   lose-answer        the request reaches the back end, which stores it, and its answer is lost
//                      on the way back (the socket is cut as it is written; first `failures`, default 1)
//   garbage            200 with an unusable body (`garbage`: 'json' = broken JSON, 'html' = a
//                      captive-portal page, 'object' = valid JSON that is not what was asked)
//   login-redirect     302 to /login, which answers 200 HTML (a portal whose session ended); with
//                      `loginStatus: 404` the page it leads to answers 404 (a gateway's sign-in page gone)
//   429                the first `failures` (default 1) requests get 429 with Retry-After: `retryAfter` s
//   fhir               a FHIR R4 server: Medplum's FHIR router over its in-memory repository
//                      (scripts/servers/fhir.js), seeded with Patient/p1 (a hospital's own, no ansinh
//                      extensions), Patient/p2 (a broken ansinh extension), CarePlan/cp1, Questionnaire/q1,
//                      or with `seed: 'sample'` the demo's sample data mapped by ansinh/fhir
//                      (scripts/servers/fhir-seed.js: 72 Patients, 52 CarePlans and their Goals,
//                      the three MoH Questionnaires, 60 QuestionnaireResponses)
// `api: 'fhir'` makes the failure behaviours fall through to the FHIR server instead of REST.
// POST /form is the portal's own page endpoint for a plain HTML form post (a host <form> around a
// survey): its fields are stored as { collection: 'form', body: fields }, JSON values parsed.
//   data-server-requests also returns `violations`: responses that broke the spec (tests fail on any).
import { createServer } from 'node:http';
import { FHIR_CORS_HEADERS, FHIR_EXPOSED_HEADERS, createFhirBackend } from '../../scripts/servers/fhir.js';
import { fhirSeed } from '../../scripts/servers/fhir-seed.js';
import { REST_CORS_HEADERS, REST_EXPOSED_HEADERS, createRestBackend, restSeed } from '../../scripts/servers/rest.js';

/** What the FHIR server (Medplum's router) holds before the first request. */
const FHIR_SEED = [
  // A hospital's own Patient: what its HIS holds, none of ansinh's centre extensions.
  {
    resourceType: 'Patient',
    id: 'p1',
    identifier: [{ system: 'https://benhvien.example/fhir/sid/ma-benh-nhan', value: 'BN-2026-00417' }],
    name: [{ use: 'official', text: 'Nguyễn Văn An', family: 'Nguyễn', given: ['Văn', 'An'] }],
    gender: 'male',
    birthDate: '1948-03-02',
    telecom: [{ system: 'phone', value: '0912 345 678' }],
  },
  // A Patient whose ansinh extension is wrong (a category that does not exist): still an error.
  {
    resourceType: 'Patient',
    id: 'p2',
    name: [{ text: 'Trần Thị Bình' }],
    gender: 'female',
    birthDate: '1950',
    extension: [
      { url: 'https://ansinh.dev/fhir/StructureDefinition/beneficiary-category', extension: [{ url: 'code', valueCode: 'khong-co-dien-nay' }] },
    ],
  },
  { resourceType: 'CarePlan', id: 'cp1', status: 'active', intent: 'plan', subject: { reference: 'Patient/p1' } },
  { resourceType: 'Questionnaire', id: 'q1', status: 'active', url: 'https://benhvien.example/fhir/Questionnaire/q1' },
];

const servers = new Map();
let nextId = 1;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': `${FHIR_CORS_HEADERS}, ${REST_CORS_HEADERS}`,
  'Access-Control-Expose-Headers': `${FHIR_EXPOSED_HEADERS}, ${REST_EXPOSED_HEADERS}`,
  'Access-Control-Max-Age': '0',
  // A fresh connection per request: Chromium silently re-sends a request whose *reused*
  // keep-alive socket drops, which would hide (or double) the client's own retries.
  Connection: 'close',
};

function json(res, status, body, type = 'application/json; charset=utf-8', extra = {}) {
  res.writeHead(status, { ...CORS, 'Content-Type': type, ...extra });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

const formValue = (v) => (v === '' ? '' : parse(v));

/** Fields of a urlencoded or multipart form body; a field whose value is JSON is parsed. */
function formFields(type, text) {
  const out = {};
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(text)) out[k] = formValue(v);
    return out;
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  if (!boundary) return out;
  for (const part of text.split(`--${boundary[1] ?? boundary[2]}`)) {
    const name = /name="([^"]*)"/.exec(part);
    const split = part.indexOf('\r\n\r\n');
    if (!name || split < 0) continue;
    out[name[1]] = formValue(part.slice(split + 4).replace(/\r\n$/, ''));
  }
  return out;
}

function parse(text) {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function handle(entry, req, res) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS);
    return res.end();
  }
  const url = new URL(req.url, 'http://127.0.0.1');
  const text = await readBody(req);
  const body = parse(text);
  const seen = entry.requests.length;
  entry.requests.push({
    method: req.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    idempotencyKey: req.headers['idempotency-key'] ?? null,
    ifMatch: req.headers['if-match'] ?? null,
    ifNoneExist: req.headers['if-none-exist'] ?? null,
    authorization: req.headers.authorization ?? null,
    contentType: req.headers['content-type'] ?? null,
    accept: req.headers.accept ?? null,
    body: body ?? null,
  });
  // The portal's own page endpoint for a plain HTML form post (not the contract): stores the fields.
  if (url.pathname === '/form' && req.method === 'POST') {
    entry.forms.push({ collection: 'form', key: null, body: formFields(req.headers['content-type'] ?? '', text) });
    res.writeHead(200, { ...CORS, 'Content-Type': 'text/html; charset=utf-8' });
    return res.end('<!doctype html><title>OK</title><p>Đã nhận phiếu</p>');
  }
  const { behaviour, failures, garbage } = entry.config;
  const handled = seen - entry.counterStart;
  switch (behaviour) {
    case 'stall':
      entry.stalled.add(res);
      return;
    case 'drop-connection':
      if (handled < (failures ?? Infinity)) return req.socket.destroy();
      break;
    case 'lose-answer':
      if (handled < (failures ?? 1)) {
        // Handled by the real back end below; whatever it answers never reaches the client.
        const cut = () => {
          req.socket.destroy();
          return res;
        };
        res.writeHead = cut;
        res.write = () => !!cut();
        res.end = cut;
      }
      break;
    case 'fail-5xx-then-ok':
      if (handled < (failures ?? 2)) return json(res, 503, { code: 'unavailable', message: 'Máy chủ bận' });
      break;
    case 'login-redirect':
      // A portal whose session ended: every API call is redirected to its sign-in page (200 HTML).
      if (url.pathname === '/login') {
        if (entry.config.loginStatus === 404) return json(res, 404, { status: 404, code: 'not_found', title: 'Không tìm thấy' }, 'application/problem+json');
        res.writeHead(200, { ...CORS, 'Content-Type': 'text/html; charset=utf-8' });
        return res.end('<!doctype html><title>Đăng nhập</title><form method="post"><input name="user"></form>');
      }
      res.writeHead(302, { ...CORS, Location: '/login?next=' + encodeURIComponent(url.pathname) });
      return res.end();
    case '429':
      if (handled < (failures ?? 1)) {
        return json(res, 429, { status: 429, code: 'rate_limited', title: 'Quá nhiều yêu cầu' }, 'application/problem+json', { 'Retry-After': String(entry.config.retryAfter ?? 1) });
      }
      break;
    case 'garbage':
      if (garbage === 'object') return json(res, 200, { items: [] });
      if (garbage === 'html') {
        res.writeHead(200, { ...CORS, 'Content-Type': 'text/html' });
        return res.end('<!doctype html><title>Captive portal</title><p>Đăng nhập Wi-Fi');
      }
      res.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
      return res.end('{"id": "r1", "fullName": "Nguy');
    default:
      break;
  }
  if (entry.config.api === 'rest') {
    // The API may be mounted under /api (a portal's usual layout) or at the root.
    const mount = /^\/api(?=\/|$)/.test(url.pathname) ? 'api/' : '';
    const below = new URL(url.pathname.slice(mount ? 4 : 0) + url.search, 'http://127.0.0.1');
    return entry.rest.handle(req, res, below, text, `http://127.0.0.1:${entry.port}/${mount}`, CORS);
  }
  if (entry.config.api === 'fhir') {
    entry.fhir ??= await createFhirBackend({ seed: entry.config.seed === 'sample' ? (await fhirSeed()).resources : FHIR_SEED });
    return entry.fhir.handle(req, res, url, text, `http://127.0.0.1:${entry.port}/`, CORS);
  }
  return json(res, 500, { code: 'test_server_error', message: `unknown api ${entry.config.api}` });
}

function listen(entry, port) {
  const server = createServer((req, res) => {
    handle(entry, req, res).catch((e) => {
      if (!res.headersSent) json(res, 500, { code: 'test_server_error', message: String(e) });
    });
  });
  entry.server = server;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server.address().port));
  });
}

function configure(entry, payload) {
  entry.config = {
    behaviour: payload.behaviour ?? 'ok',
    failures: payload.failures,
    garbage: payload.garbage,
    retryAfter: payload.retryAfter,
    loginStatus: payload.loginStatus,
    seed: payload.seed ?? entry.config?.seed,
    // Which API answers once a failure behaviour lets a request through.
    api: payload.api ?? (payload.behaviour === 'fhir' ? 'fhir' : 'rest'),
  };
  entry.counterStart = entry.requests.length;
}

async function stop(entry) {
  const server = entry.server;
  if (!server) return;
  entry.server = undefined;
  entry.stalled.clear();
  const closed = new Promise((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
}

async function start(payload = {}) {
  let entry = payload.id ? servers.get(payload.id) : undefined;
  if (entry?.server) throw new Error(`data server ${payload.id} is already running`);
  if (!entry) {
    entry = { id: `data-${nextId++}`, requests: [], forms: [], stalled: new Set(), port: 0 };
    entry.rest = await createRestBackend({ auth: payload.auth ?? {}, seed: restSeed({ ledgerSize: payload.ledgerSize }) });
    servers.set(entry.id, entry);
  }
  configure(entry, payload);
  entry.port = await listen(entry, entry.port);
  return { id: entry.id, url: `http://127.0.0.1:${entry.port}`, port: entry.port };
}

function get(payload) {
  const entry = servers.get(payload?.id);
  if (!entry) throw new Error(`unknown data server ${payload?.id}`);
  return entry;
}

/** web-test-runner plugin: the commands above. */
export function dataServersPlugin() {
  return {
    name: 'ansinh-data-servers',
    async executeCommand({ command, payload }) {
      switch (command) {
        case 'data-server-start':
          return start(payload);
        case 'data-server-stop':
          await stop(get(payload));
          return true;
        case 'data-server-set-behaviour':
          configure(get(payload), payload);
          return true;
        case 'data-server-requests': {
          const entry = get(payload);
          return {
            requests: entry.requests,
            stored: [...entry.forms, ...entry.rest.stored, ...(entry.fhir?.stored ?? [])],
            violations: entry.rest.violations,
          };
        }
        case 'data-server-dispose': {
          const entry = get(payload);
          await stop(entry);
          servers.delete(entry.id);
          return true;
        }
        default:
          return undefined;
      }
    },
    async serverStop() {
      await Promise.all([...servers.values()].map(stop));
      servers.clear();
    },
  };
}
