// <ansinh-survey> benchmark rows: the MoH inpatient form (Mẫu 1) rendered by ansinh and by
// SurveyJS (survey-core + survey-js-ui 2.5.38, vanilla renderer), side by side.
// LHC-Forms (lforms) is left out: it could not be installed (its Angular peer dependencies do not
// resolve), so there is no row for it.
const requires = ['components/survey/survey.js', 'contract/survey-templates/load.js', 'tokens/install.js'];

export default [
  {
    name: 'survey: first render, MoH inpatient (ansinh)',
    page: 'bench/survey/render.html?lib=ansinh',
    requires,
    unit: 'ms',
    sampleSize: 20,
    what:
      'Modules loaded; hand the Mẫu 1 definition (≈50 items, 36 rated) to `<ansinh-survey>`, wait for ' +
      'render, force layout. Sections below the fold use `content-visibility: auto`.',
  },
  {
    name: 'survey: first render, MoH inpatient (SurveyJS 2.5.38)',
    page: 'bench/survey/render.html?lib=surveyjs',
    requires,
    unit: 'ms',
    sampleSize: 20,
    what:
      'The same form converted to SurveyJS JSON (bench/survey/to-surveyjs.js); scripts and CSS loaded; ' +
      '`new Survey.Model(json)` + `SurveyUI.renderSurvey()`, wait until every radio is in the DOM, force layout.',
  },
  {
    name: 'survey: per answer, input to rendered + layout, median (ansinh)',
    page: 'bench/survey/input.html?lib=ansinh&metric=median',
    requires,
    unit: 'ms',
    sampleSize: 10,
    budget: 16,
    what: 'After first render, click an option of each of the 36 rated items; time from the click until re-rendered and laid out (microtasks, a task, forced layout; the wait for vsync left out). Median per page load.',
  },
  {
    name: 'survey: per answer, input to rendered + layout, median (SurveyJS 2.5.38)',
    page: 'bench/survey/input.html?lib=surveyjs&metric=median',
    requires,
    unit: 'ms',
    sampleSize: 10,
    what: 'Same interaction on the SurveyJS rendering of the form.',
  },
  {
    name: 'survey: longest task while answering (ansinh)',
    page: 'bench/survey/input.html?lib=ansinh&metric=longtask',
    requires,
    unit: 'ms',
    sampleSize: 10,
    budget: 50,
    what: 'Longest `longtask` entry (PerformanceObserver, tasks of 50 ms or more; 0 when none) during the 36 answers.',
  },
  {
    name: 'survey: longest task while answering (SurveyJS 2.5.38)',
    page: 'bench/survey/input.html?lib=surveyjs&metric=longtask',
    requires,
    unit: 'ms',
    sampleSize: 10,
    what: 'Same, on SurveyJS.',
  },
];
