import { html, css, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { AnsinhElement } from '../../base/ansinh-element.js';
import { attachContextRoot, dataSourceContext, langContext } from '../../base/context.js';
import { toLang } from '../../i18n/lang.js';
import type { DataSource } from '../../data/source.js';
import { RestSource } from '../../data/rest-source.js';
import { FhirSource } from '../../data/fhir-source.js';

/**
 * Context root for ansinh elements: hands a DataSource and a language to every ansinh element
 * below it, including elements defined or inserted after it. Optional: elements also take their
 * data as properties.
 *
 * @summary Provides language and a DataSource to the ansinh elements inside it.
 * @slot - The page content that holds ansinh elements.
 * @attr lang - Language of the texts below: `vi` (default) or `en`. Inherited like any `lang`.
 * @attr endpoint - Base URL of a REST back end speaking the ansinh contract; creates a RestSource.
 * @attr fhir-endpoint - Base URL of a FHIR R4 server; creates a FhirSource (mapped through ansinh/fhir).
 */
export class AnsinhProvider extends AnsinhElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    endpoint: { type: String, reflect: true },
    fhirEndpoint: { type: String, reflect: true, attribute: 'fhir-endpoint' },
    source: { attribute: false },
  };

  /** Base URL of a REST back end speaking the ansinh contract (see docs/contract/rest.yaml). */
  endpoint?: string;

  /**
   * Base URL of a FHIR R4 server (HAPI, Medplum, Aidbox…): residents are Patients, care plans
   * CarePlans with their Goals, surveys Questionnaires (see docs/integration.md). Used when
   * `endpoint` is not set.
   */
  fhirEndpoint?: string;

  /** The DataSource handed to descendants. Takes precedence over `endpoint` and `fhir-endpoint`. */
  source?: DataSource;

  private readonly sourceProvider = new ContextProvider(this, { context: dataSourceContext });
  /**
   * The source of an enclosing provider. A nested provider that only changes `lang` hands it on,
   * instead of answering "no source" to the elements inside it.
   */
  private readonly outerSource = new ContextConsumer(this, {
    context: dataSourceContext,
    subscribe: true,
    callback: () => this.sourceProvider.setValue(this.currentSource()),
  });
  private readonly langProvider = new ContextProvider(this, { context: langContext });
  private endpointSource?: { url: string; source: DataSource };

  override connectedCallback(): void {
    super.connectedCallback();
    // Lets elements upgraded before this provider re-request their context once it exists.
    attachContextRoot(this.ownerDocument);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') || changed.has('endpoint') || changed.has('fhirEndpoint')) {
      this.sourceProvider.setValue(this.currentSource());
    }
    this.langProvider.setValue(this.hasAttribute('lang') ? toLang(this.getAttribute('lang')) : this.locale);
  }

  private currentSource(): DataSource | undefined {
    if (this.source) return this.source;
    const url = this.endpoint || this.fhirEndpoint;
    if (!url) return this.outerSource?.value;
    const key = `${this.endpoint ? 'rest' : 'fhir'} ${url}`;
    if (this.endpointSource?.url !== key) {
      this.endpointSource = { url: key, source: this.endpoint ? new RestSource(url) : new FhirSource(url) };
    }
    return this.endpointSource.source;
  }

  override refreshLang(): void {
    super.refreshLang();
    this.langProvider?.setValue(this.locale);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
