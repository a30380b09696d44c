import type { nothing, ReactiveControllerHost, TemplateResult } from 'lit';
import { DataController } from '../../base/controllers/data.js';
import { renderDataState, renderOfflineNotice } from '../../base/parts/data-state.js';
import type { Lang } from '../../i18n/lang.js';

/** The survey's definition loaded by `survey-id` through the provider: the shared data path. */
export interface SurveyLoader {
  readonly controller: DataController;
  /** The load state (loading, not found, error with retry, no source), or nothing once loaded. */
  render(id: string, lang: Lang): TemplateResult | typeof nothing;
  /** The offline label above the form, when the definition shown is what this page read before. */
  offline(lang: Lang): TemplateResult | typeof nothing;
}

/**
 * Made on demand, the first time a survey has a `survey-id`, so a survey given its definition or
 * a template never loads the data path.
 */
export function surveyLoader(host: ReactiveControllerHost & HTMLElement, accept: (value: unknown) => void): SurveyLoader {
  const controller = new DataController(host, {
    read: (source) => source.getSurveyDefinition?.bind(source),
    kind: 'survey',
    accept,
    reset: () => accept(undefined),
  });
  return {
    controller,
    render: (id, lang) => renderDataState(controller, { id, property: 'definition', lang, onRetry: () => controller.reload() }),
    offline: (lang) => renderOfflineNotice(controller, lang, () => controller.reload()),
  };
}
