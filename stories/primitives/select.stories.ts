import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/select.js';
import type { AnsinhSelect } from '../../src/base/primitives/select.js';

const provinces = [
  { value: 'HN', label: 'Hà Nội' },
  { value: 'HUE', label: 'Huế' },
  { value: 'DN', label: 'Đà Nẵng' },
  { value: 'HCM', label: 'TP. Hồ Chí Minh' },
];

interface Args {
  label: string;
  value: string;
  required: boolean;
  disabled: boolean;
  hint: string;
}

const meta: Meta<Args> = {
  title: 'Primitives/Select',
  component: 'ansinh-select',
  args: { label: 'Tỉnh/thành phố', value: '', required: false, disabled: false, hint: '' },
  render: (a) => html`<ansinh-select
    name="province"
    label=${a.label}
    hint=${a.hint}
    .value=${a.value}
    ?required=${a.required}
    ?disabled=${a.disabled}
    .options=${provinces}
  ></ansinh-select>`,
};
export default meta;
type Story = StoryObj<Args>;

const showErrors: Story['play'] = async ({ canvasElement }) => {
  for (const el of canvasElement.querySelectorAll<AnsinhSelect>('ansinh-select')) {
    await el.updateComplete;
    el.checkValidity();
  }
};

export const Default: Story = {};
export const Chosen: Story = { args: { value: 'HUE' } };
export const Required: Story = { args: { required: true, hint: 'Nơi đăng ký thường trú' } };
export const Invalid: Story = { args: { required: true }, play: showErrors };
export const Disabled: Story = { args: { value: 'DN', disabled: true } };

/** Options as light-DOM `<option>` children, as a server-rendered page would write them. */
export const LightDomOptions: Story = {
  render: () => html`<ansinh-select name="sex" label="Giới tính">
    <option value="nam">Nam</option>
    <option value="nu" selected>Nữ</option>
    <option value="khac">Khác</option>
  </ansinh-select>`,
};

export const English: Story = {
  render: () => html`<div lang="en">
    <ansinh-select label="Province" required .options=${provinces}></ansinh-select>
  </div>`,
  play: showErrors,
};
