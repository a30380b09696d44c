import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/button.js';
import '../../src/define/text-field.js';
import type { ButtonVariant } from '../../src/base/primitives/button.js';

interface Args {
  variant: ButtonVariant;
  size: 'sm' | 'md' | 'lg';
  disabled: boolean;
  loading: boolean;
  text: string;
}

const meta: Meta<Args> = {
  title: 'Primitives/Button',
  component: 'ansinh-button',
  args: { variant: 'primary', size: 'md', disabled: false, loading: false, text: 'Lưu hồ sơ' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'danger', 'ghost'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
  render: (a) =>
    html`<ansinh-button variant=${a.variant} size=${a.size} ?disabled=${a.disabled} ?loading=${a.loading} type="button"
      >${a.text}</ansinh-button
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary', text: 'Xem trước' } };
export const Danger: Story = { args: { variant: 'danger', text: 'Xóa hồ sơ' } };
export const Ghost: Story = { args: { variant: 'ghost', text: 'Hủy' } };
export const Small: Story = { args: { size: 'sm' } };
export const Large: Story = { args: { size: 'lg' } };
export const Disabled: Story = { args: { disabled: true } };
export const Loading: Story = { args: { loading: true, text: 'Đang gửi' } };

/** In a form: "Gửi" submits (with validation), "Nhập lại" resets. */
export const InAForm: Story = {
  render: () => html`<form lang="vi" @submit=${(e: Event) => e.preventDefault()}>
    <ansinh-text-field name="name" label="Họ và tên" required></ansinh-text-field>
    <p>
      <ansinh-button>Gửi</ansinh-button>
      <ansinh-button type="reset" variant="secondary">Nhập lại</ansinh-button>
    </p>
  </form>`,
};

export const English: Story = {
  render: () => html`<div lang="en">
    <ansinh-button type="button">Save record</ansinh-button>
    <ansinh-button type="button" loading>Sending</ansinh-button>
  </div>`,
};
