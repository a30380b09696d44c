import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { langOf } from './foundations-elements.js';

const sizes = ['xs', 'sm', 'md', 'lg', 'xl', '2xl'] as const;
const weights = ['regular', 'medium', 'bold'] as const;

// A pangram-like line with every Vietnamese tone mark and the letters ă â đ ê ô ơ ư, so stacked
// diacritics (ẫ, ặ, ỗ, ữ) and line spacing can be judged at each size.
const sample = 'Trăm năm trong cõi người ta, chữ tài chữ mệnh khéo là ghét nhau. Đội ngũ ỹ ặ ỗ ữ ẫ ự.';

const text = {
  vi: {
    intro:
      'Cỡ chữ cơ sở 16px (1rem) và tính bằng rem, nên cỡ chữ người đọc đặt trong trình duyệt ' +
      'được tôn trọng. Chiều cao dòng 1,6 chừa chỗ cho dấu thanh xếp chồng. Chế độ lớn ' +
      '(data-ansinh-size="large") dành cho ki-ốt và đầu giường bệnh.',
    scale: 'Thang cỡ chữ',
    weightsHeading: 'Độ đậm',
    large: 'Chế độ lớn',
  },
  en: {
    intro:
      'The base size is 16px (1rem) and every size is in rem, so the reader’s own browser font ' +
      'size is respected. A line height of 1.6 leaves room for stacked Vietnamese diacritics. ' +
      'Large mode (data-ansinh-size="large") is for kiosks and bedside use.',
    scale: 'Type scale',
    weightsHeading: 'Weights',
    large: 'Large mode',
  },
};

const scale = () => html`
  <dl>
    ${sizes.map(
      (size) => html`
        <dt><code>--ansinh-font-size-${size}</code></dt>
        <dd style=${styleMap({ fontSize: `var(--ansinh-font-size-${size})`, margin: '0 0 1rem' })}>${sample}</dd>
      `,
    )}
  </dl>
`;

const meta: Meta = {
  title: 'Foundations/Typography',
  parameters: { layout: 'padded' },
};
export default meta;

export const Typography: StoryObj = {
  name: 'Chữ (Typography)',
  render: (_args, { globals }) => {
    const t = text[langOf(globals)];
    return html`
      <foundations-panel .heading=${t.scale}>
        <p>${t.intro}</p>
        ${scale()}
        <h3>${t.weightsHeading}</h3>
        ${weights.map(
          (w) => html`<p style=${styleMap({ fontWeight: `var(--ansinh-font-weight-${w})` })}>
            <code>--ansinh-font-weight-${w}</code>: ${sample}
          </p>`,
        )}
      </foundations-panel>
    `;
  },
};

export const LargeMode: StoryObj = {
  name: 'Chế độ lớn (Large mode)',
  render: (_args, { globals }) => {
    const t = text[langOf(globals)];
    return html`<foundations-panel data-ansinh-size="large" .heading=${t.large}>${scale()}</foundations-panel>`;
  },
};
