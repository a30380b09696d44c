import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/provider.js';

export interface ProviderAttrs {
  lang?: string;
  source?: unknown;
  endpoint?: string;
  fhirEndpoint?: string;
}

/** Mounts `<ansinh-provider>` (with these attributes) around `inner` and returns the first element inside it. */
export async function mountInProvider<T extends HTMLElement>(inner: TemplateResult, attrs: ProviderAttrs = {}): Promise<T> {
  const provider = await fixture<HTMLElement>(html`<ansinh-provider
    lang=${attrs.lang ?? 'vi'}
    .source=${attrs.source}
    endpoint=${attrs.endpoint ?? ''}
    fhir-endpoint=${attrs.fhirEndpoint ?? ''}
    >${inner}</ansinh-provider
  >`);
  return provider.firstElementChild as T;
}
