import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { langOf } from './foundations-elements.js';

const themeNames = {
  vi: { light: 'Sáng', dark: 'Tối', 'high-contrast': 'Tương phản cao' },
  en: { light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' },
} as const;

const intro = {
  vi:
    'Mỗi giao diện dùng cùng các token ngữ nghĩa --ansinh-color-*. Tỉ lệ tương phản được trình ' +
    'duyệt đo trực tiếp; mọi cặp màu chữ/nền phải đạt WCAG 2.2 AA (4,5:1 cho chữ, 3:1 cho viền ' +
    'điều khiển và vòng tiêu điểm). test/tokens/contrast.test.ts kiểm tra đúng các cặp này.',
  en:
    'Every theme uses the same semantic tokens --ansinh-color-*. Ratios are measured in the ' +
    'browser; every text/background pair must meet WCAG 2.2 AA (4.5:1 for text, 3:1 for control ' +
    'boundaries and the focus ring). test/tokens/contrast.test.ts checks exactly these pairs.',
};

const meta: Meta = {
  title: 'Foundations/Colours',
  parameters: { layout: 'padded' },
};
export default meta;

export const Colours: StoryObj = {
  name: 'Màu sắc (Colours)',
  render: (_args, { globals }) => {
    const lang = langOf(globals);
    return html`
      <p>${intro[lang]}</p>
      <div class="grid">
        ${(['light', 'dark', 'high-contrast'] as const).map(
          (theme) => html`
            <foundations-panel data-ansinh-theme=${theme} .heading=${themeNames[lang][theme]}>
              <foundations-colour-table .locale=${lang}></foundations-colour-table>
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
