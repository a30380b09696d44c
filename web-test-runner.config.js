import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromePath, CHROME_FLAGS } from './scripts/chrome-path.js';
import { defaultReporter } from '@web/test-runner';
import { testPlugins, testMiddleware } from './test/server/plugins.js';
import { countReporter } from './test/server/count-reporter.js';

const executablePath = chromePath();

/** @type {import('@web/test-runner').TestRunnerConfig} */
/** Test files that exist to emulate media (every theme and preference): Chromium only. */
const CHROMIUM_ONLY_FILES = ['test/tokens/install.test.ts'];

/**
 * The suite in another engine (Firefox, WebKit): one browser, one file at a time, no coverage
 * (V8's, measured in the Chromium run), without the files that only emulate media, its counts
 * written to `countFile` for npm test's summary.
 */
export function otherEngineConfig(browser, countFile, extra = {}) {
  return {
    ...config,
    files: [...config.files, ...CHROMIUM_ONLY_FILES.map((f) => `!${f}`)],
    concurrency: 1,
    coverage: false,
    ...extra,
    browsers: [browser],
    reporters: [defaultReporter(), countReporter(countFile)],
  };
}

const config = {
  files: ['test/**/*.test.ts'],
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
