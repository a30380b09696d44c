import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/text-field.js';
import type { AnsinhTextField, TextFieldType } from '../../src/base/primitives/text-field.js';

interface Args {
  label: string;
  hint: string;
  value: string;
  type: TextFieldType;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  multiline: boolean;
}

const meta: Meta<Args> = {
  title: 'Primitives/Text field',
  component: 'ansinh-text-field',
  args: {
    label: 'Họ và tên',
    hint: '',
    value: '',
    type: 'text',
    required: false,
    disabled: false,
    readonly: false,
    multiline: false,
  },
  argTypes: { type: { control: 'select', options: ['text', 'email', 'tel', 'number', 'date', 'search'] } },
  render: (a) => html`<ansinh-text-field
    name="field"
    label=${a.label}
    hint=${a.hint}
    value=${a.value}
    type=${a.type}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?readonly=${a.readonly}
    ?multiline=${a.multiline}
  ></ansinh-text-field>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Shows the error under the field, as after a failed submission. */
const showErrors: Story['play'] = async ({ canvasElement }) => {
  for (const el of canvasElement.querySelectorAll<AnsinhTextField>('ansinh-text-field')) {
    await el.updateComplete;
    el.checkValidity();
  }
};

export const Default: Story = {};
export const WithHint: Story = {
  args: { label: 'Số điện thoại', type: 'tel', hint: 'Ví dụ: 0912 345 678' },
};
export const Required: Story = { args: { required: true } };
export const Invalid: Story = { args: { required: true }, play: showErrors };
export const InvalidEmail: Story = {
  args: { label: 'Email', type: 'email', value: 'an.nguyen@', hint: 'Để nhận thông báo về hồ sơ' },
  play: showErrors,
};
export const Disabled: Story = { args: { value: 'Nguyễn Văn An', disabled: true } };
export const Readonly: Story = { args: { label: 'Mã hồ sơ', value: 'HS-2026-00123', readonly: true } };
export const Multiline: Story = { args: { label: 'Ghi chú của cán bộ', multiline: true } };
export const Date: Story = { args: { label: 'Ngày sinh', type: 'date' } };

export const English: Story = {
  render: () => html`<div lang="en">
    <ansinh-text-field label="Full name" required></ansinh-text-field>
    <ansinh-text-field label="Email" type="email" value="an.nguyen@"></ansinh-text-field>
  </div>`,
  play: showErrors,
};
