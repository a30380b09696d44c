import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromePath, CHROME_FLAGS } from './scripts/chrome-path.js';
import { defaultReporter } from '@web/test-runner';
import { testPlugins, testMiddleware } from './test/server/plugins.js';
import { countReporter } from './test/server/count-reporter.js';
import { createServer } from 'node:net';

const executablePath = chromePath();

/** @type {import('@web/test-runner').TestRunnerConfig} */
/**
 * Test files the other engines leave to Chromium (docs/browser-support.md):
 * - the file that exists to emulate media (every theme and preference), which their drivers cannot;
 * - pure logic with no DOM and no engine API (contract parsing, FHIR mapping, the elements' pure
 *   models, merge and state machine, sample data, the MoH form texts): the same JavaScript in any
 *   engine, and each file costs a page load;
 * - the 100-response fault run of the outbox (29 s): its engine-facing parts (fetch, IndexedDB,
 *   retries, sign-in) run in every engine through test/data/outbox.test.ts and test/provider/.
 */
const CHROMIUM_ONLY_FILES = [
  'test/tokens/install.test.ts',
  'test/contract/**',
  'test/fhir/fhir.test.ts',
  'test/**/model.test.ts',
  'test/care-plan-editor/merge.test.ts',
  'test/care-plan-editor/state-machine.test.ts',
  'test/sample/**',
  'test/survey-templates/**',
  'test/survey/fault-run.test.ts',
];

/** A free TCP port on the loopback interface, chosen by the system. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The suite in another engine (Firefox, WebKit): one browser, one file at a time, no coverage
 * (V8's, measured in the Chromium run), without the files that only emulate media, its counts
 * written to `countFile` for npm test's summary.
 *
 * Each run serves on its own free port of 127.0.0.1: npm test starts Firefox and WebKit together,
 * and web-test-runner's default (the first free port from 8000 on `localhost`) can hand both the
 * same number, one on ::1 and one on 127.0.0.1, so a browser may ask the other run's server.
 */
export async function otherEngineConfig(browser, countFile, extra = {}) {
  return {
    ...config,
    files: [ALL_TESTS, ...CHROMIUM_ONLY_FILES.map((f) => `!${f}`)],
    concurrency: 1,
    coverage: false,
    hostname: '127.0.0.1',
    port: await freePort(),
    ...extra,
    browsers: [browser],
    reporters: [defaultReporter(), countReporter(countFile)],
  };
}

const ALL_TESTS = 'test/**/*.test.ts';
/**
 * Left out of the Chromium run: the per-story audits of Firefox and WebKit. In Chromium the
 * Storybook smoke test (scripts/storybook-smoke.js) audits every story with axe in three themes
 * and checks its reflow at 320 px, with the same measure, in a page it already has open.
 */
const OTHER_ENGINES_ONLY_FILES = ['test/a11y/stories.test.ts'];

const config = {
  files: [ALL_TESTS, ...OTHER_ENGINES_ONLY_FILES.map((f) => `!${f}`)],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROME_FLAGS },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), ...testPlugins],
  middleware: testMiddleware,
  reporters: [defaultReporter(), countReporter()],
  coverage: process.argv.includes('--coverage'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    // Data tables are not code: message catalogues, the MoH form texts and the sample data would
    // inflate every figure (they are near 100 % by being loaded). The gates apply to the rest, on
    // every metric; `npm test` prints each one (scripts/test.js).
    exclude: ['src/**/*.styles.ts', 'src/**/messages.ts', 'src/contract/survey-templates/moh-*.ts', 'src/sample/**', 'node_modules/**'],
    threshold: { statements: 90, branches: 85, functions: 90, lines: 90 },
    report: true,
    reportDir: 'coverage',
  },
};

export default config;
