import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/survey-results.js';
import { surveyTemplate } from '../../src/contract/survey-templates/index.js';
import { SAMPLE_WARDS, sampleSurveyResponses } from '../../src/sample/index.js';
import { generateResponses } from '../../test/survey-results/fixtures.js';

const inpatient = surveyTemplate('moh-inpatient');
const outpatient = surveyTemplate('moh-outpatient');
const staff = surveyTemplate('moh-staff');
const sample = sampleSurveyResponses();
const inpatientResponses = sample.filter((r) => r.definitionId === 'moh-inpatient');
const outpatientResponses = sample.filter((r) => r.definitionId === 'moh-outpatient');
const staffResponses = generateResponses(staff, { count: 120, from: '2026-01', months: 9, wards: ['Phòng Điều dưỡng', 'Khoa Dược', 'Khoa Nội', 'Khoa Ngoại'] });
const wardNames = Object.fromEntries(SAMPLE_WARDS.map((w) => [w.code, { vi: w.vi, en: w.en }]));

interface Args {
  target: number;
  groupBy: 'section' | 'ward' | 'period';
  period: 'month' | 'quarter';
}

const meta: Meta<Args> = {
  title: 'Components/SurveyResults',
  component: 'ansinh-survey-results',
  tags: ['autodocs'],
  args: { target: 0.8, groupBy: 'section', period: 'quarter' },
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['section', 'ward', 'period'] },
    period: { control: 'inline-radio', options: ['month', 'quarter'] },
    target: { control: { type: 'number', min: 0, max: 1, step: 0.05 } },
  },
  render: (a) => html`<ansinh-survey-results
    .definition=${inpatient}
    .responses=${inpatientResponses}
    .wardNames=${wardNames}
    target=${a.target}
    group-by=${a.groupBy}
    period=${a.period}
  ></ansinh-survey-results>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Mẫu số 1 (inpatient) over the sample hospital's 300 responses, against the national 80% target. */
export const Inpatient: Story = {};

/** Mẫu số 2 (outpatient) by ward; ward codes are named through `.wardNames`. */
export const OutpatientByWard: Story = {
  args: { groupBy: 'ward' },
  render: (a) => html`<ansinh-survey-results
    .definition=${outpatient}
    .responses=${outpatientResponses}
    .wardNames=${wardNames}
    target=${a.target}
    group-by=${a.groupBy}
  ></ansinh-survey-results>`,
};

/** Mẫu số 3 (staff, QĐ 3869/2019), loaded lazily from `template="moh-staff"`, by quarter. */
export const StaffByQuarter: Story = {
  args: { groupBy: 'period', period: 'quarter', target: 0.7 },
  render: (a) => html`<ansinh-survey-results
    template="moh-staff"
    .responses=${staffResponses}
    target=${a.target}
    group-by=${a.groupBy}
    period=${a.period}
  ></ansinh-survey-results>`,
};

/** Responses embedded by a server-rendered page as JSON, no script of its own. */
export const FromJsonChild: Story = {
  render: () => html`<ansinh-survey-results template="moh-outpatient" target="80">
    <script type="application/json">
      ${JSON.stringify(outpatientResponses.slice(0, 40))}
    </script>
  </ansinh-survey-results>`,
};

export const Empty: Story = {
  render: () => html`<ansinh-survey-results template="moh-inpatient" .responses=${[]}></ansinh-survey-results>`,
};

/** Data that fails the contract: an error state that names the fields, never an exception. */
export const Invalid: Story = {
  render: () => html`<ansinh-survey-results
    .definition=${inpatient}
    .responses=${[{ id: 'x', definitionId: 'moh-inpatient', status: 'done', answers: { A1: { bad: true } } }]}
  ></ansinh-survey-results>`,
};

export const English: Story = {
  render: (a) => html`<div lang="en">
    <ansinh-survey-results
      .definition=${inpatient}
      .responses=${inpatientResponses}
      .wardNames=${wardNames}
      target=${a.target}
      group-by="ward"
    ></ansinh-survey-results>
  </div>`,
};
