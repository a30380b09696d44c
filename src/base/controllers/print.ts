import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../i18n/lang.js';

/**
 * The one print pipeline every element uses.
 *
 * - `printing` is true from the browser's `beforeprint` until `afterprint` (Ctrl+P, the browser
 *   menu, or an element's own print button) and while the `print` media query matches, so an
 *   element can render its print layout (a document view, a public notice, a full table).
 * - `beforeprint` re-renders synchronously through the `render` callback: the browser lays the
 *   page out right after the event, before Lit's next microtask.
 * - Paper: `@page` rules do not apply inside a shadow root, so while printing one A4 sheet is
 *   adopted by the document, in the `ansinh` cascade layer (any `@page` rule of the host page
 *   wins over it): A4, margins for a hole punch, and page numbers at the foot ("Trang 2 / 5")
 *   and the element's title at the head where the browser supports page margin boxes (Chromium
 *   131+; other engines print without them). It is removed after printing.
 */
export interface PrintOptions {
  /** Re-renders the host now (an element passes `() => this.performUpdate()`). */
  render?: () => void;
  /** Called when `printing` changes, after the host was asked to update. */
  onChange?: (printing: boolean) => void;
}

/** What a print started by an element puts in the page margins. */
export interface PrintHeader {
  /** The document's title, printed at the top of each page. */
  title?: string;
  /** The language of "Trang … / …". */
  lang?: Lang;
}

const PAGE_WORD: Record<Lang, string> = { vi: 'Trang', en: 'Page' };

/** A CSS string literal: quotes, backslashes and line breaks escaped, so data cannot leave it. */
export function cssString(text: string): string {
  // Cut first (by code point), then escape: an escape cut in half would end the string early.
  const cut = Array.from(text.replace(/[\r\n\f]+/g, ' ')).slice(0, 200).join('');
  return `"${cut.replace(/[\\"]/g, '\\$&')}"`;
}

/** The `@page` rules for one print. Pure, so tests can read it. */
export function pageRules(header: PrintHeader = {}): string {
  const word = PAGE_WORD[header.lang ?? 'vi'];
  const title = header.title ? `@top-left { content: ${cssString(header.title)}; font: 9pt sans-serif; }` : '';
  return `@layer ansinh { @page { size: A4; margin: 15mm 15mm 18mm 20mm; ${title}
    @bottom-right { content: ${cssString(word)} " " counter(page) " / " counter(pages); font: 9pt sans-serif; } } }`;
}

let pageSheet: CSSStyleSheet | undefined;
let pendingHeader: PrintHeader = {};

function adoptPageSheet(doc: Document): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in doc)) return;
  try {
    pageSheet ??= new Sheet();
    pageSheet.replaceSync(pageRules(pendingHeader));
    if (!doc.adoptedStyleSheets.includes(pageSheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, pageSheet];
  } catch {
    // A document whose realm cannot build sheets prints with the browser's own margins.
  }
}

function dropPageSheet(doc: Document): void {
  pendingHeader = {};
  if (pageSheet && 'adoptedStyleSheets' in doc) {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== pageSheet);
  }
}

export class PrintController implements ReactiveController {
  #printing = false;
  #query?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost & Pick<Element, 'ownerDocument'>,
    private readonly options: PrintOptions = {},
  ) {
    host.addController(this);
  }

  /** True while the page is being printed (or previewed for print). */
  get printing(): boolean {
    return this.#printing;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
    this.#query ??= typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this.#query?.addEventListener('change', this.#mediaChange);
    if (this.#query?.matches) this.#set(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
    this.#query?.removeEventListener('change', this.#mediaChange);
  }

  /**
   * Prints the page with this element's print layout, `header` in the page margins. `prepare`
   * runs first (for example choosing which receipt to print); the dialog opens once the host has
   * rendered.
   */
  async print(header: PrintHeader = {}, prepare?: () => void): Promise<void> {
    prepare?.();
    pendingHeader = header;
    this.#set(true);
    await this.host.updateComplete;
    try {
      window.print();
    } finally {
      // window.print() returns when the dialog closes; some engines (headless ones, WebKitGTK)
      // fire no afterprint, so the print layout is left here all the same.
      this.#after();
    }
  }

  #set(next: boolean): void {
    if (next === this.#printing) return;
    this.#printing = next;
    this.host.requestUpdate();
    this.options.onChange?.(next);
  }

  #before = (): void => {
    adoptPageSheet(this.host.ownerDocument);
    this.#set(true);
    this.options.render?.();
  };

  #after = (): void => {
    dropPageSheet(this.host.ownerDocument);
    this.#set(!!this.#query?.matches);
  };

  #mediaChange = (): void => {
    this.#set(!!this.#query?.matches);
  };
}
