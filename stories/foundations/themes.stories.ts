/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { langOf } from './foundations-elements.js';
import bacNinh from '../../demo/themes/tinh-bac-ninh.css?raw';
import benhVien from '../../demo/themes/benh-vien.css?raw';

// The tenant files set brand tokens on :root. To show them beside the default brand, each is
// scoped here to its own panel; a portal would simply link the file.
const tenantCss = { 'tinh-bac-ninh': bacNinh, 'benh-vien': benhVien } as const;
type Tenant = keyof typeof tenantCss;
const tenantSheet = new CSSStyleSheet();
tenantSheet.replaceSync(
  Object.entries(tenantCss)
    .map(([name, text]) => text.replaceAll(':root', `[data-story-tenant='${name}']`))
    .join('\n'),
);
function adoptTenantSheet(): void {
  if (!document.adoptedStyleSheets.includes(tenantSheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, tenantSheet];
  }
}

const names = {
  vi: {
    light: 'Sáng',
    dark: 'Tối',
    'high-contrast': 'Tương phản cao',
    'tinh-bac-ninh': 'Tỉnh Bắc Ninh',
    'benh-vien': 'Bệnh viện',
    intro:
      'Cùng một giao diện mẫu, chỉ dùng token, ở mỗi giao diện. Giao diện của tỉnh và bệnh ' +
      'viện là một tệp CSS chỉ đặt token thương hiệu (demo/themes/).',
  },
  en: {
    light: 'Light',
    dark: 'Dark',
    'high-contrast': 'High contrast',
    'tinh-bac-ninh': 'Bắc Ninh province',
    'benh-vien': 'Hospital',
    intro:
      'The same sample UI, styled with tokens only, in each theme. The province and hospital ' +
      'themes are one CSS file each that sets only brand tokens (demo/themes/).',
  },
};

interface Panel {
  theme: 'light' | 'dark' | 'high-contrast';
  tenant?: Tenant;
}
const panels: Panel[] = [
  { theme: 'light' },
  { theme: 'dark' },
  { theme: 'high-contrast' },
  { theme: 'light', tenant: 'tinh-bac-ninh' },
  { theme: 'dark', tenant: 'tinh-bac-ninh' },
  { theme: 'light', tenant: 'benh-vien' },
  { theme: 'dark', tenant: 'benh-vien' },
];

const meta: Meta = {
  title: 'Foundations/Themes',
  parameters: { layout: 'padded' },
};
export default meta;

export const Themes: StoryObj = {
  name: 'Giao diện (Themes)',
  render: (_args, { globals }) => {
    adoptTenantSheet();
    const lang = langOf(globals);
    const n = names[lang];
    return html`
      <p>${n.intro}</p>
      <div class="grid">
        ${panels.map(
          (p) => html`
            <foundations-panel
              data-ansinh-theme=${p.theme}
              data-story-tenant=${p.tenant ?? ''}
              .heading=${p.tenant ? `${n[p.tenant]}: ${n[p.theme]}` : n[p.theme]}
            >
              <foundations-sample-ui .locale=${lang}></foundations-sample-ui>
            </foundations-panel>
          `,
        )}
      </div>
      <style>
        .grid {
          display: grid;
          grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
          gap: 1.5rem;
        }
      </style>
    `;
  },
};
