// The REST contract server (scripts/servers/rest.js: openapi-backend on docs/contract/rest.yaml)
// for a benchmark row, in its own process (the bench runs tachometer synchronously):
//   node scripts/bench/rest-server.mjs <port> <ready-file> [ledgerSize]
// Seeds a generated hash-chained ledger of `ledgerSize` entries, listens on 127.0.0.1:<port> with
// CORS open to the bench pages, and writes <ready-file> once it listens.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { REST_CORS_HEADERS, REST_EXPOSED_HEADERS, createRestBackend, restSeed } from '../servers/rest.js';

const [port, ready, size] = process.argv.slice(2);
const backend = await createRestBackend({ seed: restSeed({ ledgerSize: size ? Number(size) : undefined }) });
const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': REST_CORS_HEADERS,
  'Access-Control-Expose-Headers': REST_EXPOSED_HEADERS,
};
createServer((req, res) => {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors);
    return res.end();
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    backend.handle(req, res, url, Buffer.concat(chunks).toString('utf8'), `http://127.0.0.1:${port}/`, cors).catch((e) => {
      if (!res.headersSent) res.writeHead(500, cors);
      res.end(String(e));
    });
  });
}).listen(Number(port), '127.0.0.1', () => writeFileSync(ready, String(port)));
