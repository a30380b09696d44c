import { axTreePlugin } from './ax-tree.js';
import { dataServersPlugin } from './data-servers.js';
import { fhirValidatePlugin } from './fhir-validate.js';
import { embedsPlugin, embedsMiddleware } from './embeds.js';
import { docsExamplesPlugin } from './docs-examples.js';
import { webdriverPlugin } from './webdriver.js';
// Server-side helpers for the browser tests: web-test-runner plugins (commands a test can call
// with executeServerCommand) and middleware. Each feature adds its own module and lists it here.
export const testPlugins = [axTreePlugin(), dataServersPlugin(), embedsPlugin(), fhirValidatePlugin(), docsExamplesPlugin(), webdriverPlugin()];
export const testMiddleware = [embedsMiddleware];
