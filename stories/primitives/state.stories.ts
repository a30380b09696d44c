import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/state.js';
import type { StateKind } from '../../src/base/primitives/state.js';

interface Args {
  kind: StateKind;
  heading: string;
  retry: boolean;
}

const meta: Meta<Args> = {
  title: 'Primitives/State',
  component: 'ansinh-state',
  args: { kind: 'loading', heading: '', retry: false },
  argTypes: { kind: { control: 'inline-radio', options: ['loading', 'empty', 'error', 'offline'] } },
  render: (a) => html`<ansinh-state kind=${a.kind} heading=${a.heading} ?retry=${a.retry}></ansinh-state>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Loading: Story = {};
export const Empty: Story = { args: { kind: 'empty' } };
export const ErrorWithRetry: Story = {
  args: { kind: 'error', retry: true },
  render: (a) => html`<ansinh-state kind=${a.kind} ?retry=${a.retry}>
    <p>Không tải được danh sách hồ sơ. Dữ liệu đã nhập vẫn được giữ trên máy này.</p>
  </ansinh-state>`,
};
export const Offline: Story = { args: { kind: 'offline', retry: true } };

/** A custom heading, a message and an action in the `actions` slot. */
export const EmptyWithAction: Story = {
  render: () => html`<ansinh-state kind="empty" heading="Chưa có hồ sơ nào">
    <p>Hồ sơ đối tượng sẽ hiện ở đây sau khi được tiếp nhận.</p>
    <a slot="actions" href="#new">Tiếp nhận hồ sơ mới</a>
  </ansinh-state>`,
};

export const English: Story = {
  render: () => html`<div lang="en">
    <ansinh-state kind="loading"></ansinh-state>
    <ansinh-state kind="empty"></ansinh-state>
    <ansinh-state kind="error" retry></ansinh-state>
    <ansinh-state kind="offline" retry></ansinh-state>
  </div>`,
};
