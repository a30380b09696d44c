import { tokensText } from './tokens.js';

/** The sheet (or fallback `<style>`) made for each document, so a second call reuses it. */
const sheets = new WeakMap<Document, CSSStyleSheet>();
const styleElements = new WeakMap<Document, HTMLStyleElement>();

/**
 * Installs the design tokens (CSS custom properties `--ansinh-*`) into a document once, as a
 * constructable stylesheet in the cascade layer `ansinh`, so any unlayered host or tenant CSS
 * overrides them. Constructable stylesheets need no 'unsafe-inline' under a strict
 * Content-Security-Policy.
 *
 * Idempotent: calling it again (every element does, when it connects) leaves exactly one copy;
 * if a framework replaced `document.adoptedStyleSheets`, the sheet is added back.
 * Never throws: where constructable stylesheets are missing (old browsers, documents without a
 * window) it falls back to a `<style>` element, which a strict CSP may block without harm.
 */
export function installTokens(doc: Document): void {
  if (!doc) return;
  try {
    if (adopt(doc)) return;
  } catch {
    // For example a document whose realm cannot construct sheets; use the fallback below.
  }
  try {
    appendStyleElement(doc);
  } catch {
    // Nothing else to try: components still render with their own fallbacks.
  }
}

function adopt(doc: Document): boolean {
  if (!('adoptedStyleSheets' in doc)) return false;
  // A constructed sheet can only be adopted by the document of the realm that built it, so a
  // document in an iframe gets a sheet from its own window.
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet || typeof Sheet.prototype.replaceSync !== 'function') return false;
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new Sheet();
    sheet.replaceSync(tokensText());
    sheets.set(doc, sheet);
  }
  const adopted = doc.adoptedStyleSheets;
  if (!adopted.includes(sheet)) doc.adoptedStyleSheets = [...adopted, sheet];
  return true;
}

function appendStyleElement(doc: Document): void {
  const parent = doc.head ?? doc.documentElement;
  if (!parent) return;
  let style = styleElements.get(doc);
  if (style?.isConnected) return;
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute('data-ansinh-tokens', '');
    // Lit's convention for a CSP nonce, so a page that allows nonced styles can keep this one.
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce) style.setAttribute('nonce', nonce);
    style.textContent = tokensText();
    styleElements.set(doc, style);
  }
  parent.prepend(style);
}
