// Storybook 10 for ansinh: web components rendered by Vite, with the accessibility and docs addons.
// Nothing here reaches the network: telemetry and crash reports are off, and every asset is local.
import { defineMain } from '@storybook/web-components-vite/node';

export default defineMain({
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, enableCrashReports: false, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Tài liệu' },
  // Storybook's own docs renderer and axe are single chunks near 1 MB; they are not ansinh's
  // code (whose sizes scripts/size.js budgets), so the generic >500 kB warning is only noise.
  viteFinal: (config) => ({
    ...config,
    build: { ...config.build, chunkSizeWarningLimit: 2000 },
  }),
});
