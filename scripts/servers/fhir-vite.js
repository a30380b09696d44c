// Mounts a FHIR back end (scripts/servers/fhir.js) on a Vite dev server at `mount`, for
// `npm run start:fhir` and the demo check in npm test.
import { createFhirBackend } from './fhir.js';
import { fhirSeed } from './fhir-seed.js';

export const FHIR_MOUNT = '/fhir/R4/';

/** A Vite plugin serving Medplum's FHIR router, seeded with the sample data, at FHIR_MOUNT. */
export async function fhirVitePlugin() {
  const seed = await fhirSeed();
  const backend = await createFhirBackend({ seed: seed.resources });
  return {
    seed,
    backend,
    plugin: {
      name: 'ansinh-fhir-server',
      configureServer(server) {
        server.middlewares.use(FHIR_MOUNT.slice(0, -1), (req, res) => {
          const chunks = [];
          req.on('data', (c) => chunks.push(c));
          req.on('end', () => {
            const host = req.headers.host ?? '127.0.0.1';
            const url = new URL(req.url ?? '/', `http://${host}`);
            backend.handle(req, res, url, Buffer.concat(chunks).toString('utf8'), `http://${host}${FHIR_MOUNT}`).catch((e) => {
              if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/fhir+json' });
              res.end(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception', diagnostics: String(e) }] }));
            });
          });
        });
      },
    },
  };
}
