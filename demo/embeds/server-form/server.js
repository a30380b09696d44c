// A server-rendered hospital page whose own <form method="post"> contains ansinh form controls,
// the way a PHP / Java / .NET portal would embed them: no JavaScript of the portal's own, one
// <script type="module"> for the CDN build, and a plain form post that the server stores.
//
//   node demo/embeds/server-form/server.js            # http://127.0.0.1:8080/ (PORT to change)
//
// The survey posts its response as JSON under its `name` (here `survey`), like any form field.
// Every URL the pages use is relative, so the app also works behind a path prefix (the tests
// reach it through /__embeds/server-form/ on the test runner's origin).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../../..');
const CDN_DIR = join(ROOT, 'dist/cdn');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Text for HTML: everything a user posted is escaped before it is written into a page. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function formPage() {
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Khảo sát hài lòng người bệnh ngoại trú · Bệnh viện Đa khoa Mẫu</title>
  <link rel="stylesheet" href="page.css">
  <script type="module" src="ansinh/ansinh.js"></script>
</head>
<body>
  <main>
    <h1>Khảo sát hài lòng người bệnh ngoại trú</h1>
    <p>Bệnh viện Đa khoa Mẫu. Phiếu này được gửi bằng biểu mẫu của trang, không cần JavaScript riêng.</p>
    <form method="post" action="submissions">
      <ansinh-text-field name="note" label="Ghi chú của khoa" required></ansinh-text-field>
      <ansinh-survey name="survey" template="moh-outpatient"></ansinh-survey>
      <ansinh-button type="submit">Gửi phiếu</ansinh-button>
    </form>
  </main>
</body>
</html>`;
}

function receiptPage(submission) {
  const rows = Object.entries(submission.fields)
    .map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th><td><code>${escapeHtml(value.slice(0, 200))}</code></td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Đã nhận phiếu số ${submission.id}</title>
  <link rel="stylesheet" href="../page.css">
</head>
<body>
  <main>
    <h1 id="received">Đã nhận phiếu số ${submission.id}</h1>
    <table>${rows}</table>
    <p><a href="../">Điền phiếu khác</a></p>
  </main>
</body>
</html>`;
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1b1f24}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
form{display:grid;gap:1.5rem}
table{border-collapse:collapse}th,td{border:1px solid #c8ccd2;padding:.25rem .5rem;text-align:left}`;

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function readBody(req) {
  return new Promise((resolvePromise, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      // A survey response is a few kilobytes; refuse anything absurd.
      if (size > 1_000_000) req.destroy(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Starts the demo server. `port: 0` picks a free port. Resolves to
 * `{ url, port, submissions(), close() }`; `submissions()` returns what was stored, oldest first.
 */
export async function startFormServer({ port = 0, host = '127.0.0.1' } = {}) {
  /** @type {{ id: number, receivedAt: string, fields: Record<string, string> }[]} */
  const stored = [];
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      if (req.method === 'GET' && (path === '/' || path === '/index.html')) {
        return send(res, 200, 'text/html; charset=utf-8', formPage());
      }
      if (req.method === 'GET' && path === '/page.css') {
        return send(res, 200, 'text/css; charset=utf-8', STYLE);
      }
      if (req.method === 'GET' && path.startsWith('/ansinh/')) {
        const file = resolve(CDN_DIR, `.${path.slice('/ansinh'.length)}`);
        const type = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' }[extname(file)];
        if (!file.startsWith(CDN_DIR + sep) || !type || !existsSync(file)) return send(res, 404, 'text/plain', 'not found');
        return send(res, 200, type, readFileSync(file));
      }
      if (req.method === 'POST' && path === '/submissions') {
        const type = req.headers['content-type'] ?? '';
        if (!type.startsWith('application/x-www-form-urlencoded')) {
          return send(res, 415, 'text/plain; charset=utf-8', 'Expected a form post (application/x-www-form-urlencoded).');
        }
        const params = new URLSearchParams(await readBody(req));
        const submission = { id: stored.length + 1, receivedAt: new Date().toISOString(), fields: Object.fromEntries(params) };
        stored.push(submission);
        // Post/redirect/get: reloading the receipt does not post again.
        return send(res, 303, 'text/plain', '', { Location: `submissions/${submission.id}` });
      }
      const receipt = /^\/submissions\/(\d+)$/.exec(path);
      if (req.method === 'GET' && receipt) {
        const submission = stored[Number(receipt[1]) - 1];
        if (submission) return send(res, 200, 'text/html; charset=utf-8', receiptPage(submission));
      }
      return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    } catch (err) {
      return send(res, 500, 'text/plain; charset=utf-8', String(err));
    }
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolvePromise);
  });
  const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    submissions: () => structuredClone(stored),
    close: () =>
      new Promise((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise(undefined));
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const app = await startFormServer({ port: Number(process.env.PORT ?? 8080), host: process.env.HOST ?? '127.0.0.1' });
  if (!existsSync(join(CDN_DIR, 'ansinh.js'))) console.warn('dist/cdn/ansinh.js is missing: run `npm run build` first.');
  console.log(`Server-rendered form demo: ${app.url}/ (submissions are kept in memory)`);
}
