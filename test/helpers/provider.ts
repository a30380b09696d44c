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

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The `<ansinh-state>` an element shows (not its offline label), as a user meets it; null when none. */
export function stateOf(el: HTMLElement) {
  const state = el.shadowRoot!.querySelector('ansinh-state:not([kind="offline"])');
  if (!state) return null;
  return {
    kind: state.getAttribute('kind'),
    heading: state.getAttribute('heading'),
    text: plain(state.textContent),
    retry: state.hasAttribute('retry'),
    alert: !!state.shadowRoot!.querySelector('[role="alert"]'),
  };
}

/** Presses the retry button of the state `el` shows. */
export function clickRetry(el: HTMLElement): void {
  const state = el.shadowRoot!.querySelector('ansinh-state[retry]');
  if (!state) throw new Error(`${el.localName} shows no state with a retry button`);
  state.shadowRoot!.querySelector<HTMLElement>('button, ansinh-button')!.click();
}
