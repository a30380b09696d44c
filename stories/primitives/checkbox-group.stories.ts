import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/checkbox-group.js';
import type { AnsinhCheckboxGroup } from '../../src/base/primitives/checkbox-group.js';

const supports = [
  { value: 'cash', label: 'Trợ cấp xã hội hằng tháng' },
  { value: 'health', label: 'Thẻ bảo hiểm y tế' },
  { value: 'school', label: 'Miễn, giảm học phí' },
  { value: 'housing', label: 'Hỗ trợ nhà ở', disabled: true },
];

interface Args {
  legend: string;
  hint: string;
  value: string[];
  required: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Primitives/Checkbox group',
  component: 'ansinh-checkbox-group',
  args: { legend: 'Các chế độ đang được hưởng', hint: 'Chọn tất cả các mục phù hợp', value: [], required: false, disabled: false },
  render: (a) => html`<ansinh-checkbox-group
    name="supports"
    legend=${a.legend}
    hint=${a.hint}
    .value=${a.value}
    ?required=${a.required}
    ?disabled=${a.disabled}
    .options=${supports}
  ></ansinh-checkbox-group>`,
};
export default meta;
type Story = StoryObj<Args>;

const showErrors: Story['play'] = async ({ canvasElement }) => {
  for (const el of canvasElement.querySelectorAll<AnsinhCheckboxGroup>('ansinh-checkbox-group')) {
    await el.updateComplete;
    el.checkValidity();
  }
};

export const Default: Story = {};
export const Checked: Story = { args: { value: ['cash', 'health'] } };
export const Required: Story = { args: { required: true } };
export const Invalid: Story = { args: { required: true }, play: showErrors };
export const Disabled: Story = { args: { value: ['health'], disabled: true } };

export const English: Story = {
  render: () => html`<div lang="en">
    <ansinh-checkbox-group
      legend="Benefits received"
      required
      .options=${[
        { value: 'cash', label: 'Monthly social allowance' },
        { value: 'health', label: 'Health insurance card' },
      ]}
    ></ansinh-checkbox-group>
  </div>`,
  play: showErrors,
};
