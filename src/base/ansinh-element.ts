import { LitElement, css, CSSResult, html, nothing, type CSSResultGroup, type CSSResultOrNative, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { ContractIssue } from '../contract/issues.js';
import './events.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { langContext } from './context.js';
import { baseMessages } from './messages.js';
import { installTokens } from '../tokens/install.js';

/** The detail type of an event in `HTMLElementEventMap`, or `never` for non-custom events. */
export type EventDetail<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

export type { InvalidDetail } from './events.js';

/**
 * Registers `ctor` as `tag` unless the tag is taken. When another class (for example a second copy
 * of ansinh loaded by another script on the page) already owns the tag, this one is skipped with a
 * warning instead of throwing, so the page keeps working.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `[ansinh] <${tag}> is already defined by another script (maybe another version of ansinh); ` +
          'this copy is not registered.',
      );
    }
    return;
  }
  registry.define(tag, ctor);
}

/** Every connected element, so one observer can tell them all when a `lang` attribute changes. */
const connected = new Set<AnsinhElement>();
let langObserver: MutationObserver | undefined;

function observeDocumentLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const el of connected) el.refreshLang();
  });
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * Base class of every ansinh element.
 *
 * - `emit()` dispatches typed, bubbling, composed `CustomEvent`s declared in `HTMLElementEventMap`.
 * - `locale` is the language that applies: the element's `lang`, else the nearest ancestor's
 *   (crossing shadow roots), else the document's, else Vietnamese. It follows changes.
 * - `showContractIssues()` turns contract issues into one visible error state (`role="alert"`,
 *   fields named in the page's language) and fires `ansinh-invalid`.
 * - `static jsonProperty` names the data property that a child
 *   `<script type="application/json">` fills, for portals that render data on the server.
 */
export class AnsinhElement extends LitElement {
  /** The property a child `<script type="application/json">` is read into, if any. */
  static jsonProperty?: string;

  /** Registers this class under `tag` (see `defineElement`). */
  static define(tag: string): void {
    defineElement(tag, this);
  }

  /**
   * Joins the class's style blocks (shared link, host, button styles and its own) into one sheet,
   * in the same order, once per class. Every shadow root then adopts one sheet instead of five or
   * six: in a list of 1,000 cards that is measurably less work per root, for adopting and for
   * matching styles (docs/benchmarks.md). Built with Lit's `css` tag from the blocks themselves,
   * so nothing but authored CSS goes in.
   */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    const list = super.finalizeStyles(styles);
    if (list.length < 2 || !list.every((s): s is CSSResult => s instanceof CSSResult)) return list;
    const strings = Object.assign(['', ...list.slice(1).map(() => '\n'), ''], { raw: [] as string[] });
    strings.raw.push(...strings);
    return [css(strings as unknown as TemplateStringsArray, ...list)];
  }

  private _locale: Lang = 'vi';
  private _issues: ContractIssue[] = [];
  private _childObserver?: MutationObserver;
  private _jsonText?: string;
  /** Issues found while disconnected: `ansinh-invalid` waits until someone can hear it. */
  #invalidPending = false;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: langContext,
      subscribe: true,
      callback: () => this.refreshLang(),
    });
  }

  /** The language in force for this element's texts and formats. */
  get locale(): Lang {
    return this._locale;
  }

  /** Contract issues currently shown by the error state (errors and warnings). */
  get contractIssues(): readonly ContractIssue[] {
    return this._issues;
  }

  /** True when the data handed in has at least one error-severity contract issue. */
  get hasContractErrors(): boolean {
    return this._issues.some((i) => i.severity === 'error');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    installTokens(this.ownerDocument);
    if (this.#invalidPending) {
      this.#invalidPending = false;
      this.emit('ansinh-invalid', { issues: this._issues });
    }
    observeDocumentLang();
    this.refreshLang();
    const ctor = this.constructor as typeof AnsinhElement;
    if (ctor.jsonProperty) {
      this.readJsonChild();
      // A server-rendered page may still be streaming the element's children when it upgrades.
      this._childObserver ??= new MutationObserver(() => this.readJsonChild());
      this._childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this._childObserver?.disconnect();
  }

  /** Re-reads the language that applies; called when any `lang` attribute changes. */
  refreshLang(): void {
    const next = resolveLang(this);
    if (next !== this._locale) {
      this._locale = next;
      this.requestUpdate();
    }
  }

  /** `lang` is a native attribute, not a Lit property: watch it so a change re-renders. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.refreshLang();
  }

  /**
   * Dispatches a bubbling, composed `CustomEvent` typed by `HTMLElementEventMap`.
   * Returns false when a listener called `preventDefault()` on a cancelable event.
   */
  emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: EventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: !!options.cancelable }),
    );
  }

  /**
   * Shows contract issues in the error state and fires `ansinh-invalid` when any is an error.
   * Pass an empty array to clear.
   */
  protected showContractIssues(issues: readonly ContractIssue[]): void {
    this._issues = [...issues];
    this.requestUpdate();
    this.#invalidPending = false;
    if (!this.hasContractErrors) return;
    if (this.isConnected) this.emit('ansinh-invalid', { issues: this._issues });
    else this.#invalidPending = true;
  }

  /** The error state for the current contract issues, or nothing when there are none. */
  protected renderContractIssues(): TemplateResult | typeof nothing {
    if (this._issues.length === 0) return nothing;
    const m = baseMessages[this._locale];
    const lang = this._locale;
    const errors = this.hasContractErrors;
    return html`<div class="ansinh-issues" part="issues" role=${errors ? 'alert' : 'status'}>
      ${errors ? html`<p class="ansinh-issues__title"><strong>${m.invalidTitle}</strong></p>` : nothing}
      ${errors ? html`<p>${m.invalidIntro}</p>` : nothing}
      <ul>
        ${this._issues.map(
          (issue) =>
            html`<li data-severity=${issue.severity} data-path=${issue.path.join('.')}>
              <strong>${issue.field ? issue.field[lang] : issue.path.length ? issue.path.join('.') : m.whole}</strong>${issue.field && issue.path.length
                ? html` <code>${issue.path.join('.')}</code>`
                : nothing}: ${issue.message[lang]}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /**
   * Reads the first child `<script type="application/json">` into `jsonProperty`, then removes
   * it from the page. A syntax error becomes a contract issue, never an exception.
   */
  private readJsonChild(): void {
    const ctor = this.constructor as typeof AnsinhElement;
    const prop = ctor.jsonProperty;
    if (!prop) return;
    const script = Array.from(this.children).find(
      (c): c is HTMLScriptElement =>
        c instanceof HTMLScriptElement && c.type.trim().toLowerCase() === 'application/json',
    );
    if (!script) return;
    const text = script.textContent ?? '';
    if (text === this._jsonText) return;
    this._jsonText = text;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      this.showContractIssues([
        {
          path: [],
          code: 'json_syntax',
          severity: 'error',
          message: {
            vi: `${baseMessages.vi.jsonSyntax} (${detail})`,
            en: `${baseMessages.en.jsonSyntax} (${detail})`,
          },
        },
      ]);
      return;
    }
    (this as unknown as Record<string, unknown>)[prop] = value;
    // Once read, the data leaves the page: the element holds it, and a record left in the DOM
    // would still be there for any script, extension or "save page" to read, including fields a
    // public view never shows (citizen ID, sensitive data). A broken child stays, so it can be fixed.
    script.remove();
    this._jsonText = undefined;
  }
}
