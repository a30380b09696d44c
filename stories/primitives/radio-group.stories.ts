import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/radio-group.js';
import type { AnsinhRadioGroup } from '../../src/base/primitives/radio-group.js';

const scale = [
  { value: '1', label: 'Rất không hài lòng' },
  { value: '2', label: 'Không hài lòng' },
  { value: '3', label: 'Bình thường' },
  { value: '4', label: 'Hài lòng' },
  { value: '5', label: 'Rất hài lòng' },
];

interface Args {
  legend: string;
  hint: string;
  value: string;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Primitives/Radio group',
  component: 'ansinh-radio-group',
  args: { legend: 'Ông/bà hài lòng với thái độ của nhân viên y tế?', hint: '', value: '', required: false, disabled: false },
  render: (a) => html`<ansinh-radio-group
    name="q1"
    legend=${a.legend}
    hint=${a.hint}
    .value=${a.value}
    ?required=${a.required}
    ?disabled=${a.disabled}
    .options=${scale}
  ></ansinh-radio-group>`,
};
export default meta;
type Story = StoryObj<Args>;

const showErrors: Story['play'] = async ({ canvasElement }) => {
  for (const el of canvasElement.querySelectorAll<AnsinhRadioGroup>('ansinh-radio-group')) {
    await el.updateComplete;
    el.checkValidity();
  }
};

export const Default: Story = {};
export const Chosen: Story = { args: { value: '4' } };
export const Required: Story = { args: { required: true, hint: 'Dùng phím mũi tên để chọn' } };
export const Invalid: Story = { args: { required: true }, play: showErrors };
export const Disabled: Story = { args: { value: '3', disabled: true } };

export const English: Story = {
  render: () => html`<div lang="en">
    <ansinh-radio-group
      legend="Were you satisfied with the staff's attitude?"
      required
      .options=${[
        { value: '1', label: 'Very dissatisfied' },
        { value: '3', label: 'Neutral' },
        { value: '5', label: 'Very satisfied' },
      ]}
    ></ansinh-radio-group>
  </div>`,
  play: showErrors,
};
