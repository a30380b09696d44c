// A real HTTP server on 127.0.0.1 for the <ansinh-survey> tests (no mocked fetch).
// The browser drives it with executeServerCommand:
//   survey-server-start  { id?, failures? } -> { id, url, port }
//                        (pass the id of a stopped server to bring it back on the same port with
//                        what it had stored, like a real server coming back up)
//   survey-server-stop   { id } -> true        (connections cut, data kept)
//   survey-server-set    { id, failures } -> true   (the next `failures` writes get 503)
//   survey-server-data   { id } -> { requests, stored }
// Routes:
//   POST /form                 a plain HTML form post (urlencoded or multipart): every field whose
//                              value is JSON is parsed; stored as { kind: 'form', fields }
//   POST /survey-responses     the REST contract server (scripts/servers/rest.js: openapi-backend
//                              on docs/contract/rest.yaml): a valid response is stored once per
//                              Idempotency-Key (201, a repeat 200), anything else gets 422
//   /QuestionnaireResponse…   a real FHIR server: Medplum's FHIR router over its in-memory
//                              repository (scripts/servers/fhir.js); a conditional create
//                              (If-None-Exist) stores a response once
import { createServer } from 'node:http';
import { FHIR_CORS_HEADERS, FHIR_EXPOSED_HEADERS, createFhirBackend } from '../../scripts/servers/fhir.js';
import { REST_CORS_HEADERS, createRestBackend } from '../../scripts/servers/rest.js';

const servers = new Map();
let nextId = 1;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': `${FHIR_CORS_HEADERS}, ${REST_CORS_HEADERS}`,
  'Access-Control-Expose-Headers': FHIR_EXPOSED_HEADERS,
  'Access-Control-Max-Age': '0',
  // A fresh connection per request, so a stopped server really is unreachable.
  Connection: 'close',
};

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(Buffer.alloc(0)));
  });
}

function jsonOrText(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Fields of a urlencoded or multipart form body. */
function formFields(req, buffer) {
  const type = req.headers['content-type'] ?? '';
  const out = {};
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(buffer.toString('utf8'))) out[k] = jsonOrText(v);
    return out;
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  if (!boundary) return out;
  const text = buffer.toString('utf8');
  for (const part of text.split(`--${boundary[1] ?? boundary[2]}`)) {
    const name = /name="([^"]*)"/.exec(part);
    const split = part.indexOf('\r\n\r\n');
    if (!name || split < 0) continue;
    out[name[1]] = jsonOrText(part.slice(split + 4).replace(/\r\n$/, ''));
  }
  return out;
}

function send(res, status, body, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { ...CORS, 'Content-Type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function handle(entry, req, res) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS);
    return res.end();
  }
  const url = new URL(req.url, 'http://127.0.0.1');
  const buffer = await readBody(req);
  const key = req.headers['idempotency-key'] ?? null;
  entry.requests.push({
    method: req.method,
    path: url.pathname,
    idempotencyKey: key,
    ifNoneExist: req.headers['if-none-exist'] ?? null,
    contentType: req.headers['content-type'] ?? null,
  });
  if (req.method !== 'POST' && !url.pathname.startsWith('/QuestionnaireResponse')) return send(res, 404, { code: 'not_found' });
  if (url.pathname === '/form') {
    const fields = formFields(req, buffer);
    entry.stored.push({ kind: 'form', fields });
    return send(res, 200, '<!doctype html><title>OK</title><p>Đã nhận phiếu</p>', 'text/html; charset=utf-8');
  }
  if (entry.failures > 0) {
    entry.failures--;
    return send(res, 503, { code: 'unavailable', message: 'Máy chủ bận' });
  }
  if (url.pathname.startsWith('/QuestionnaireResponse')) {
    entry.fhir ??= await createFhirBackend();
    return entry.fhir.handle(req, res, url, buffer.toString('utf8'), `http://127.0.0.1:${entry.port}/`, CORS);
  }
  if (url.pathname === '/survey-responses') {
    entry.rest ??= await createRestBackend();
    return entry.rest.handle(req, res, url, buffer.toString('utf8'), `http://127.0.0.1:${entry.port}/`, CORS);
  }
  return send(res, 404, { code: 'not_found' });
}

function listen(entry, port) {
  const server = createServer((req, res) => {
    handle(entry, req, res).catch((e) => {
      if (!res.headersSent) send(res, 500, { code: 'test_server_error', message: String(e) });
    });
  });
  entry.server = server;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server.address().port));
  });
}

async function stop(entry) {
  const server = entry.server;
  if (!server) return;
  entry.server = undefined;
  const closed = new Promise((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
}

function get(payload) {
  const entry = servers.get(payload?.id);
  if (!entry) throw new Error(`unknown survey server ${payload?.id}`);
  return entry;
}

/** web-test-runner plugin: the commands above. */
export function surveyServerPlugin() {
  return {
    name: 'ansinh-survey-server',
    async executeCommand({ command, payload }) {
      switch (command) {
        case 'survey-server-start': {
          let entry = payload?.id ? servers.get(payload.id) : undefined;
          if (entry?.server) throw new Error(`survey server ${payload.id} is already running`);
          if (!entry) {
            entry = { id: `survey-${nextId++}`, port: 0, requests: [], stored: [], failures: 0 };
            servers.set(entry.id, entry);
          }
          entry.failures = payload?.failures ?? 0;
          entry.port = await listen(entry, entry.port);
          return { id: entry.id, url: `http://127.0.0.1:${entry.port}`, port: entry.port };
        }
        case 'survey-server-stop':
          await stop(get(payload));
          return true;
        case 'survey-server-set':
          get(payload).failures = payload.failures ?? 0;
          return true;
        case 'survey-server-data': {
          const entry = get(payload);
          return {
            requests: entry.requests,
            stored: [...entry.stored, ...(entry.rest?.stored ?? []), ...(entry.fhir?.stored ?? [])],
            violations: entry.rest?.violations ?? [],
          };
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
