// Loads one survey library, renders the MoH inpatient form, and times it. Shared by the render and
// per-answer pages. `?lib=ansinh` (built modules from /dist) or `?lib=surveyjs` (survey-core +
// survey-js-ui 2.5.38, the vanilla renderer, from /node_modules).
import { importDist, define, frames } from '../lib/harness.js';
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

/** Loads the library (not timed). Returns `render(host, definition)` resolving once the form is on screen. */
export async function prepare(lib) {
  if (lib === 'surveyjs') {
    await Promise.all([stylesheet('/node_modules/survey-core/survey-core.min.css'), script('/node_modules/survey-core/survey.core.min.js')]);
    await script('/node_modules/survey-js-ui/survey-js-ui.min.js');
    const { Model } = window.Survey;
    const { renderSurvey } = window.SurveyUI;
    return async (host, def) => {
      const json = toSurveyJs(def);
      const model = new Model(json);
      renderSurvey(model, host);
      const radios = expectedRadios(def);
      // The vanilla renderer (Preact) may commit asynchronously: wait until every radio exists.
      while (host.querySelectorAll('input[type=radio]').length < radios) await new Promise((r) => setTimeout(r, 0));
      return model;
    };
  }
  const [{ AnsinhSurvey }, { installTokens }] = await Promise.all([
    importDist('components/survey/survey.js'),
    importDist('tokens/install.js'),
  ]);
  installTokens(document);
  define('ansinh-survey', AnsinhSurvey);
  return async (host, def) => {
    const el = document.createElement('ansinh-survey');
    el.setAttribute('no-draft', '');
    el.definition = def;
    host.append(el);
    await el.updateComplete;
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

/** The radio inputs of the form's scale items, in order, wherever the library renders them. */
export function scaleRadios(lib, host, def) {
  const codes = def.sections.flatMap((s) => s.items.filter((i) => i.type === 'scale5' && !(i.enableWhen && i.enableWhen.length)).map((i) => i.code));
  if (lib === 'surveyjs') {
    return codes.map((code) => host.querySelector(`[data-name="${code}"] input[type=radio][value="4"]`)).filter(Boolean);
  }
  const root = host.querySelector('ansinh-survey').shadowRoot;
  return codes.map((code) => root.querySelector(`input[data-for="${code}"][value="4"]`)).filter(Boolean);
}

export { frames };
