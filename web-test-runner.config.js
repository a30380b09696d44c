import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromePath, CHROME_FLAGS } from './scripts/chrome-path.js';
import { defaultReporter } from '@web/test-runner';
import { testPlugins, testMiddleware } from './test/server/plugins.js';
import { countReporter } from './test/server/count-reporter.js';

const executablePath = chromePath();

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
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
    exclude: ['src/**/*.styles.ts', 'node_modules/**'],
    threshold: { statements: 0, branches: 0, functions: 0, lines: 85 },
    report: true,
    reportDir: 'coverage',
  },
};
