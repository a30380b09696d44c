// <ansinh-survey> benchmark rows: the MoH inpatient form (Mẫu 1) rendered by ansinh, by SurveyJS
// (survey-core + survey-js-ui 2.5.38, vanilla renderer) and by LHC-Forms (lforms 40.1.3, its
// prebuilt web component), each given the form in its own format converted before the clock.
// The rows of one `group` run side by side in one tachometer session (page loads interleaved), so
// their ratios (scripts/bench/benchmarks.js, RATIOS) hold on a noisy machine.
const requires = ['components/survey/survey.js', 'contract/survey-templates/load.js', 'fhir/index.js', 'tokens/install.js'];

const LIBS = [
  { lib: 'ansinh', label: 'ansinh' },
  { lib: 'surveyjs', label: 'SurveyJS 2.5.38' },
  { lib: 'lhcforms', label: 'LHC-Forms 40.1.3' },
];

const render = LIBS.map(({ lib, label }) => ({
  name: `survey: first render, MoH inpatient (${label})`,
  page: `bench/survey/render.html?lib=${lib}`,
  group: 'survey: first render',
  requires,
  unit: 'ms',
  sampleSize: 20,
  what:
    lib === 'ansinh'
      ? 'Modules loaded; hand the Mẫu 1 definition (≈50 items, 36 rated) to `<ansinh-survey>` until every ' +
        'radio is in the DOM and that frame is painted. Sections below the fold use `content-visibility: auto`.'
      : lib === 'surveyjs'
        ? 'The same form as SurveyJS JSON (bench/survey/to-surveyjs.js, converted before the clock); scripts and ' +
          'CSS loaded; `new Survey.Model(json)` + `SurveyUI.renderSurvey()` until every radio is in the DOM and ' +
          'that frame is painted.'
        : 'The same form as a FHIR Questionnaire (`surveyToQuestionnaire`, rated items with the radio-button ' +
          'item control, converted before the clock); scripts and CSS loaded; `LForms.Util.addFormToPage()` ' +
          'until every radio is in the DOM and that frame is painted.',
}));

const answer = LIBS.map(({ lib, label }) => ({
  name: `survey: answering 36 rated items (${label})`,
  page: `bench/survey/input.html?lib=${lib}`,
  group: 'survey: answering',
  requires,
  unit: 'ms',
  sampleSize: 10,
  measures: [
    { key: 'median', label: 'per answer, click to rendered and laid out, median', unit: 'ms', ...(lib === 'ansinh' ? { budget: 16 } : {}) },
    { key: 'p95', label: 'per answer, p95', unit: 'ms' },
    { key: 'late', label: 'answers painted late (of 36)', unit: 'count', ...(lib === 'ansinh' ? { budget: 0 } : {}) },
    { key: 'longest', label: 'longest task of 50 ms or more (0 = none)', unit: 'ms', ...(lib === 'ansinh' ? { budget: 50 } : {}) },
  ],
  what:
    'After the first render, click option "4" of each of the 36 rated items. Per answer: the time from the ' +
    'click until re-rendered and laid out (the wait for the next vsync left out); late: answers whose result ' +
    'missed the first frame after the click; the longest task the Long Tasks API reported (it reports tasks of ' +
    '50 ms or more only, so 0 means none that long).',
}));

export default [...render, ...answer];
