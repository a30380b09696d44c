// `npm run start:fhir`: the demo portal on a real FHIR back end. Medplum's FHIR router (in-memory
// repository, R4 validation of every write; scripts/servers/fhir.js) is seeded with the demo's
// sample data mapped by ansinh/fhir (72 Patients, 52 CarePlans with their Goals, the MoH forms,
// 60 QuestionnaireResponses) and mounted at /fhir/R4/ on the demo's own Vite server, so the pages
// read and write residents, care plans and surveys through FhirSource (VITE_ANSINH_FHIR_ENDPOINT).
// The ledger and statistics have no FHIR home and stay on the browser's copy (combineSources).
// Data lives as long as the process: stop it and start again for fresh sample data.
import { createServer } from 'vite';
import { FHIR_MOUNT, fhirVitePlugin } from './servers/fhir-vite.js';

const started = Date.now();
const fhir = await fhirVitePlugin();
console.log(`FHIR server: ${fhir.seed.resources.length} resources seeded in ${Date.now() - started} ms`);
process.env.VITE_ANSINH_FHIR_ENDPOINT = FHIR_MOUNT;
const server = await createServer({ configFile: new URL('../vite.demo.config.ts', import.meta.url).pathname, plugins: [fhir.plugin] });
await server.listen();
server.printUrls();
console.log(`  FHIR R4:  ${server.resolvedUrls?.local?.[0]?.replace(/\/$/, '')}${FHIR_MOUNT} (try Patient/${fhir.seed.ids.resident})`);
