import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { langOf } from './foundations-elements.js';

const text = {
  vi: {
    spacing: 'Khoảng cách',
    radius: 'Bo góc',
    elevation: 'Độ nổi',
    target: 'Vùng chạm tối thiểu',
    targetNote: 'Mọi nút và ô nhập cao ít nhất --ansinh-target-size (44px; 48px ở chế độ lớn).',
    focus: 'Vòng tiêu điểm',
    focusNote: 'Viền 3px màu --ansinh-color-focus, cách 2px; tương phản ít nhất 3:1 với nền.',
  },
  en: {
    spacing: 'Spacing',
    radius: 'Radius',
    elevation: 'Elevation',
    target: 'Minimum target size',
    targetNote: 'Every button and field is at least --ansinh-target-size tall (44px; 48px in large mode).',
    focus: 'Focus ring',
    focusNote: 'A 3px --ansinh-color-focus outline, 2px away; at least 3:1 against the surface.',
  },
};

const box = {
  display: 'inline-grid',
  placeItems: 'center',
  inlineSize: '7rem',
  blockSize: '4rem',
  margin: '0 1rem 1rem 0',
  background: 'var(--ansinh-color-surface-raised)',
  border: 'var(--ansinh-border-width) solid var(--ansinh-color-border-strong)',
  fontSize: 'var(--ansinh-font-size-sm)',
};

const meta: Meta = {
  title: 'Foundations/Spacing, radius and elevation',
  id: 'foundations-spacing',
  parameters: { layout: 'padded' },
};
export default meta;

export const SpacingRadiusElevation: StoryObj = {
  name: 'Khoảng cách, bo góc, độ nổi (Spacing, radius, elevation)',
  render: (_args, { globals }) => {
    const t = text[langOf(globals)];
    return html`
      <foundations-panel .heading=${t.spacing}>
        ${[1, 2, 3, 4, 5, 6, 7, 8].map(
          (n) => html`<div style=${styleMap({ display: 'flex', alignItems: 'center', gap: '1rem', marginBlockEnd: '0.5rem' })}>
            <code style=${styleMap({ minInlineSize: '11rem' })}>--ansinh-space-${n}</code>
            <span
              style=${styleMap({
                display: 'inline-block',
                inlineSize: `var(--ansinh-space-${n})`,
                blockSize: '1rem',
                background: 'var(--ansinh-color-primary)',
              })}
            ></span>
          </div>`,
        )}
        <h3>${t.radius}</h3>
        ${(['sm', 'md', 'lg', 'pill'] as const).map(
          (r) => html`<span style=${styleMap({ ...box, borderRadius: `var(--ansinh-radius-${r})` })}><code>${r}</code></span>`,
        )}
        <h3>${t.elevation}</h3>
        ${[1, 2, 3].map(
          (n) => html`<span style=${styleMap({ ...box, border: 'none', boxShadow: `var(--ansinh-shadow-${n})` })}><code>shadow-${n}</code></span>`,
        )}
        <h3>${t.target}</h3>
        <p>${t.targetNote}</p>
        <span style=${styleMap({ ...box, inlineSize: 'var(--ansinh-target-size)', blockSize: 'var(--ansinh-target-size)' })}></span>
        <h3>${t.focus}</h3>
        <p>${t.focusNote}</p>
        <span
          style=${styleMap({
            ...box,
            outline: 'var(--ansinh-focus-ring-width) solid var(--ansinh-color-focus)',
            outlineOffset: 'var(--ansinh-focus-ring-offset)',
            borderRadius: 'var(--ansinh-radius-md)',
          })}
        ></span>
      </foundations-panel>
    `;
  },
};
