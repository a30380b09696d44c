// Loads one survey library, renders the MoH inpatient form, and times it. Shared by the render and
// per-answer pages. `?lib=ansinh` (built modules from /dist), `?lib=surveyjs` (survey-core +
// survey-js-ui 2.5.38, the vanilla renderer) or `?lib=lhcforms` (LHC-Forms 40.1.3, its prebuilt
// web component with the R4 FHIR support), both from /node_modules.
//
// Each library gets the form in its own format, converted before the clock starts; the timed
// part is only the library's own work, and it ends the same way for all three (the render page
// then waits for `painted()`): every radio of the form is in the DOM.
import { importDist, define } from '../lib/harness.js';
import { toSurveyJs } from './to-surveyjs.js';

function script(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(s);
  });
}

function stylesheet(href) {
  const l = document.createElement('link');
  l.rel = 'stylesheet';
  l.href = href;
  document.head.append(l);
  return new Promise((r) => (l.onload = r));
}

/** The MoH inpatient definition, from the built templates. */
export async function inpatient() {
  const { loadSurveyTemplate } = await importDist('contract/survey-templates/load.js');
  return loadSurveyTemplate('moh-inpatient');
}

/** Resolves once `host` holds at least `n` radio inputs (checked on every DOM change). */
function radiosIn(host, n) {
  const enough = () => host.querySelectorAll('input[type=radio]').length >= n;
  if (enough()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!enough()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(host, { childList: true, subtree: true });
  });
}

const LFORMS = '/node_modules/lforms/dist/lforms';

/** The form as a FHIR Questionnaire with its rated items shown as radio buttons, for LHC-Forms. */
async function questionnaireFor(def) {
  const { surveyToQuestionnaire } = await importDist('fhir/index.js');
  const q = surveyToQuestionnaire(def);
  const radio = {
    url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
    valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'radio-button' }] },
  };
  const walk = (items = []) => {
    for (const it of items) {
      if (it.answerOption) it.extension = [...(it.extension ?? []), radio];
      walk(it.item);
    }
  };
  walk(q.item);
  return q;
}

/**
 * Loads the library and converts the form to its format (not timed). Returns `render(host)`,
 * resolving once every radio of the form is in the DOM.
 */
export async function prepare(lib, def) {
  const radios = expectedRadios(def);
  if (lib === 'surveyjs') {
    await Promise.all([stylesheet('/node_modules/survey-core/survey-core.min.css'), script('/node_modules/survey-core/survey.core.min.js')]);
    await script('/node_modules/survey-js-ui/survey-js-ui.min.js');
    const { Model } = window.Survey;
    const { renderSurvey } = window.SurveyUI;
    const json = toSurveyJs(def);
    return async (host) => {
      const model = new Model(json);
      renderSurvey(model, host);
      await radiosIn(host, radios);
      return model;
    };
  }
  if (lib === 'lhcforms') {
    await stylesheet(`${LFORMS}/webcomponent/styles.css`);
    await script(`${LFORMS}/webcomponent/assets/lib/zone.min.js`);
    await script(`${LFORMS}/webcomponent/lhc-forms.js`);
    await script(`${LFORMS}/fhir/R4/lformsFHIR.min.js`);
    const questionnaire = await questionnaireFor(def);
    return async (host) => {
      await window.LForms.Util.addFormToPage(structuredClone(questionnaire), host, { fhirVersion: 'R4' });
      await radiosIn(host, radios);
      return host;
    };
  }
  const [{ AnsinhSurvey }, { installTokens }] = await Promise.all([
    importDist('components/survey/survey.js'),
    importDist('tokens/install.js'),
  ]);
  installTokens(document);
  define('ansinh-survey', AnsinhSurvey);
  return async (host) => {
    const el = document.createElement('ansinh-survey');
    el.setAttribute('no-draft', '');
    el.definition = def;
    host.append(el);
    await el.updateComplete;
    await radiosIn(el.shadowRoot, radios);
    return el;
  };
}

/** Radio inputs the inpatient form shows before any answer (for the "rendered" check). */
export function expectedRadios(def) {
  let n = 0;
  for (const s of def.sections) for (const i of s.items) {
    if (i.enableWhen && i.enableWhen.length) continue;
    if (i.type === 'scale5') n += 5;
  }
  return n;
}

/** The radio inputs of the form's scale items ("4" of each), in order, wherever the library renders them. */
export function scaleRadios(lib, host, def) {
  const codes = def.sections.flatMap((s) => s.items.filter((i) => i.type === 'scale5' && !(i.enableWhen && i.enableWhen.length)).map((i) => i.code));
  if (lib === 'surveyjs') {
    return codes.map((code) => host.querySelector(`[data-name="${code}"] input[type=radio][value="4"]`)).filter(Boolean);
  }
  if (lib === 'lhcforms') {
    // LHC-Forms (ng-zorro radios): the option's label id is "<linkId>/1/1|<system>|<code>".
    return codes
      .map((code) => [...host.querySelectorAll('label.lhc-answer')].find((l) => l.id.startsWith(`${code}/1/1|`) && l.id.endsWith('|4')))
      .map((label) => label?.querySelector('input[type=radio]'))
      .filter(Boolean);
  }
  const root = host.querySelector('ansinh-survey').shadowRoot;
  return codes.map((code) => root.querySelector(`input[data-for="${code}"][value="4"]`)).filter(Boolean);
}


/** Whether the library shows the option as chosen (ng-zorro marks its label, not the input). */
export function chosen(lib, radio) {
  return lib === 'lhcforms' ? radio.closest('label').classList.contains('ant-radio-wrapper-checked') : radio.checked;
}
