import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContractIssue } from '../../contract/issues.js';
import type { SurveyDefinition } from '../../contract/survey.js';
import { checkDefinition, templateIssue, unreadableIssue } from './model.js';

/** The wording of an invalid definition's problems, loaded only when a definition fails. */
async function definitionIssues(value: unknown): Promise<readonly ContractIssue[]> {
  const { definitionIssues: words } = await import('./definition-issues.js');
  return words(value);
}

/** A definition in the template modules, loaded only when a `template` attribute asks for it. */
async function loadTemplate(id: string): Promise<unknown> {
  const { loadSurveyTemplate } = await import('../../contract/survey-templates/load.js');
  return loadSurveyTemplate(id);
}

/** What the survey does with the outcome. */
export interface DefinitionEvents {
  /** Shows (or, with none, clears) the contract issues of the definition. */
  issues(issues: readonly ContractIssue[]): void;
  /** A valid definition replaced `previous` (undefined at first). */
  accepted(definition: SurveyDefinition, previous: SurveyDefinition | undefined): void;
}

/**
 * Where the survey's definition comes from and whether it holds: the `definition` property (checked
 * against the contract once, here, where it enters) or else an official `template`, loaded on
 * demand. Only a definition that fails loads the wording of its problems; the latest request wins
 * when the property or the template changes while something loads.
 */
export class DefinitionController implements ReactiveController {
  #value?: SurveyDefinition | undefined;
  #raw: unknown;
  #request = 0;
  #templateRequest = 0;
  #loading = false;
  #validation?: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly events: DefinitionEvents,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The valid definition, or undefined. */
  get value(): SurveyDefinition | undefined {
    return this.#value;
  }

  /** True while a template loads or an invalid definition's problems are being worded. */
  get busy(): boolean {
    return this.#loading || this.#validation !== undefined;
  }

  /** The wording of an invalid definition's problems, while it loads; `updateComplete` waits for it. */
  get pending(): Promise<void> | undefined {
    return this.#validation;
  }

  /** Takes a definition set as the property (it wins over any template from now on). */
  set(value: unknown): void {
    this.#raw = value;
    this.accept(value);
  }

  /** True when the definition was set as the property (then nothing is loaded by id or template). */
  get fromProperty(): boolean {
    return this.#raw !== undefined && this.#raw !== null;
  }

  /** Takes a definition loaded by `survey-id` (checked like any other; undefined clears it). */
  loaded(value: unknown): void {
    if (this.fromProperty) return;
    this.accept(value);
  }

  /** Loads the official template `id` unless a definition was set as the property. */
  async loadTemplate(id: string): Promise<void> {
    if (this.#raw !== undefined) return;
    const request = ++this.#templateRequest;
    this.setLoading(true);
    try {
      const raw = await loadTemplate(id);
      if (request !== this.#templateRequest || this.#raw !== undefined) return;
      this.accept(raw);
    } catch {
      if (request !== this.#templateRequest) return;
      this.events.issues([templateIssue(id)]);
    } finally {
      if (request === this.#templateRequest) this.setLoading(false);
    }
  }

  private accept(value: unknown): void {
    const request = ++this.#request;
    this.#validation = undefined;
    if (value === undefined || value === null) {
      this.setValue(undefined);
      this.events.issues([]);
      return;
    }
    const def = checkDefinition(value);
    if (!def) {
      this.setValue(undefined);
      // The wording of the problems comes with the full parser; `updateComplete` waits for it.
      const validation: Promise<void> = definitionIssues(value)
        .catch(() => [unreadableIssue()])
        .then((issues) => {
          if (this.#validation === validation) this.#validation = undefined;
          if (request !== this.#request) return;
          this.events.issues(issues.length > 0 ? issues : [unreadableIssue()]);
        });
      this.#validation = validation;
      this.host.requestUpdate();
      return;
    }
    this.events.issues([]);
    const previous = this.#value;
    this.setValue(def);
    this.events.accepted(def, previous);
  }

  private setValue(value: SurveyDefinition | undefined): void {
    if (value === this.#value) return;
    this.#value = value;
    this.host.requestUpdate();
  }

  private setLoading(loading: boolean): void {
    if (loading === this.#loading) return;
    this.#loading = loading;
    this.host.requestUpdate();
  }
}
