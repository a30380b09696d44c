import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/badge.js';
import type { BadgeTone } from '../../src/base/primitives/badge.js';

interface Args {
  tone: BadgeTone;
  text: string;
}

const meta: Meta<Args> = {
  title: 'Primitives/Badge',
  component: 'ansinh-badge',
  args: { tone: 'neutral', text: 'Đang xử lý' },
  argTypes: { tone: { control: 'inline-radio', options: ['neutral', 'info', 'success', 'warning', 'danger'] } },
  render: (a) => html`<ansinh-badge tone=${a.tone}>${a.text}</ansinh-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Neutral: Story = {};
export const Info: Story = { args: { tone: 'info', text: 'Hộ cận nghèo' } };
export const Success: Story = { args: { tone: 'success', text: 'Đã duyệt' } };
export const Warning: Story = { args: { tone: 'warning', text: 'Sắp hết hạn' } };
export const Danger: Story = { args: { tone: 'danger', text: 'Bị từ chối' } };

/** With no text, the badge names its tone, so the meaning never rests on colour alone. */
export const ToneNamesOnly: Story = {
  render: () => html`${(['neutral', 'info', 'success', 'warning', 'danger'] as const).map(
    (t) => html`<ansinh-badge tone=${t}></ansinh-badge> `,
  )}`,
};

export const English: Story = {
  render: () => html`<div lang="en">
    <ansinh-badge tone="success">Approved</ansinh-badge>
    <ansinh-badge tone="warning"></ansinh-badge>
    <ansinh-badge tone="danger"></ansinh-badge>
  </div>`,
};
