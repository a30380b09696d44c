import { dataServersPlugin } from './data-servers.js';
// Server-side helpers for the browser tests: web-test-runner plugins (commands a test can call
// with executeServerCommand) and middleware. Each feature adds its own module and lists it here.
export const testPlugins = [dataServersPlugin()];
export const testMiddleware = [];
