import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/stat-figure.js';
import { residentsBySex, satisfaction } from '../../test/stat-chart/fixtures.js';

const meta: Meta = {
  title: 'Components/StatFigure',
  component: 'ansinh-stat-figure',
  tags: ['autodocs'],
  render: () => html`<ansinh-stat-figure .data=${satisfaction}></ansinh-stat-figure>`,
};
export default meta;
type Story = StoryObj;

/** Latest quarter, up from the previous one, target met. */
export const TargetMet: Story = {};

export const TargetNotMet: Story = {
  render: () => html`<ansinh-stat-figure .data=${satisfaction} org-unit="khoa-ngoai"></ansinh-stat-figure>`,
};

/** A small count is "<5" and no change is given. */
export const Suppressed: Story = {
  render: () => html`<ansinh-stat-figure .data=${residentsBySex} category="female"></ansinh-stat-figure>`,
};

export const Dashboard: Story = {
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr)); gap: 1rem">
    <ansinh-stat-figure .data=${satisfaction}></ansinh-stat-figure>
    <ansinh-stat-figure .data=${satisfaction} org-unit="khoa-ngoai"></ansinh-stat-figure>
    <ansinh-stat-figure .data=${residentsBySex}></ansinh-stat-figure>
  </div>`,
};

export const English: Story = {
  render: () => html`<div lang="en" style="display: grid; gap: 1rem">
    <ansinh-stat-figure .data=${satisfaction}></ansinh-stat-figure>
    <ansinh-stat-figure .data=${residentsBySex} category="female"></ansinh-stat-figure>
  </div>`,
};

export const Themes: Story = {
  render: () => html`<div style="display: grid; gap: 1rem">
    ${(['light', 'dark', 'high-contrast'] as const).map(
      (theme) => html`<section data-ansinh-theme=${theme} aria-label=${theme} style="padding: 1rem; background: var(--ansinh-color-surface)">
        <ansinh-stat-figure .data=${satisfaction}></ansinh-stat-figure>
      </section>`,
    )}
  </div>`,
};

export const Invalid: Story = {
  render: () => html`<ansinh-stat-figure .data=${{ ...satisfaction, indicator: null }}></ansinh-stat-figure>`,
};
