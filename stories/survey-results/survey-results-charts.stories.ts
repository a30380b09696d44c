import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/survey-results.js';
// The page, not the results element, decides to load charts (and with them Chart.js).
import '../../src/define/stat-chart.js';
import { surveyTemplate } from '../../src/contract/survey-templates/index.js';
import { sampleSurveyResponses } from '../../src/sample/index.js';

const inpatient = surveyTemplate('moh-inpatient');
const responses = sampleSurveyResponses().filter((r) => r.definitionId === 'moh-inpatient');

const meta: Meta = {
  title: 'Components/SurveyResults/With charts',
  component: 'ansinh-survey-results',
};
export default meta;

/** With `<ansinh-stat-chart>` registered on the page, every table also gets a chart. */
export const ByMonthWithCharts: StoryObj = {
  render: () => html`<ansinh-survey-results
    .definition=${inpatient}
    .responses=${responses}
    target="0.8"
    group-by="period"
    period="month"
  ></ansinh-survey-results>`,
};
