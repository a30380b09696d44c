import { html, nothing, type TemplateResult } from 'lit';
import { allVisibleItems, t, type Problem } from '../model.js';
import { shownSections } from '../view-model.js';
import { header, type HeaderContext } from './header.js';
import { kioskScreen, pageScreen, stepsScreen, type ScreenContext } from './screens.js';
import { errorSummary } from './status.js';

/** Everything the form being filled shows, and what its controls call back. */
export interface FormView extends ScreenContext, Omit<HeaderContext, 'focusTitle' | 'firstScreen'> {
  mode: 'page' | 'steps';
  /** Problems shown after a send attempt, in form order. */
  problems: readonly Problem[];
  /** The send status line. */
  status: TemplateResult;
  /** The host page's `<label for>` text, else the survey title names the form. */
  label: string;
  onJump: (e: Event, code: string) => void;
  onChange: (e: Event) => void;
  onInput: (e: Event) => void;
}

/** The root class: kiosk and large-text variants. */
export function rootClass(kiosk: boolean, largeText: boolean): string {
  return `root${kiosk ? ' kiosk' : ''}${largeText ? ' large-text' : ''}`;
}

/** The form being filled: header, error summary, status, then the page, the step or the kiosk screen. */
export function surveyForm(view: FormView): TemplateResult {
  const { definition: def, answers, lang } = view;
  const byCode = new Map(view.problems.map((p) => [p.code, p]));
  const paged = view.kiosk || view.mode === 'steps';
  return html`<div
    class=${rootClass(view.kiosk, view.largeText)}
    data-ansinh-size=${view.kiosk || view.largeText ? 'large' : nothing}
    @change=${view.onChange}
    @input=${view.onInput}
  >
    ${header({ ...view, focusTitle: !paged, firstScreen: !paged || view.step === 0 })}
    ${errorSummary(view.problems, { uid: view.uid, definition: def, lang, onJump: view.onJump })} ${view.status}
    <div part="form" class="form" role="group" aria-label=${view.label || t(def.title, lang)}>
      ${view.kiosk
        ? kioskScreen(allVisibleItems(def, answers), byCode, view)
        : view.mode === 'steps'
          ? stepsScreen(shownSections(def, answers), byCode, view)
          : pageScreen(shownSections(def, answers), byCode, view)}
    </div>
  </div>`;
}
