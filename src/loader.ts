/**
 * The loader behind the CDN entry (`dist/cdn/ansinh.js`, issue 19): it knows every tag, and loads
 * an element's code when the first instance of that tag appears in the document or in a shadow
 * root, instead of every element's code on every page.
 *
 * - Elements in the page when the script runs, and elements added later (by the page, a framework
 *   or a server fragment), are found with one MutationObserver on the document.
 * - Shadow roots created after the loader runs (another library's components) are observed too:
 *   `attachShadow` is wrapped to observe the new root. ansinh's own shadow roots are not observed:
 *   each element imports what it renders.
 * - An `<ansinh-provider>` is loaded before the elements found with it, and a context root is
 *   attached at once, so an element that asks for its data source before the provider exists gets
 *   it when the provider connects.
 * - A module that fails to load (offline, blocked) leaves a visible line in the element asking to
 *   reload the page, and fires `ansinh-load-error` on it. The load is tried again when the
 *   browser is back online or another instance appears, but browsers may keep a failed module
 *   fetch for the life of the page, so the line says to reload rather than promise a retry.
 *
 * Bundler users import `ansinh/<element>` instead; this loader is for pages without a build.
 */
import { attachContextRoot } from './base/context.js';

/** Every tag the loader knows, and the module that defines it. */
export const ELEMENT_MODULES = {
  'ansinh-provider': () => import('./define/provider.js'),
  'ansinh-button': () => import('./define/button.js'),
  'ansinh-text-field': () => import('./define/text-field.js'),
  'ansinh-select': () => import('./define/select.js'),
  'ansinh-checkbox-group': () => import('./define/checkbox-group.js'),
  'ansinh-radio-group': () => import('./define/radio-group.js'),
  'ansinh-badge': () => import('./define/badge.js'),
  'ansinh-state': () => import('./define/state.js'),
  'ansinh-resident-card': () => import('./define/resident-card.js'),
  'ansinh-care-plan-editor': () => import('./define/care-plan-editor.js'),
  'ansinh-survey': () => import('./define/survey.js'),
  'ansinh-survey-results': () => import('./define/survey-results.js'),
  'ansinh-donation-ledger': () => import('./define/donation-ledger.js'),
  'ansinh-stat-chart': () => import('./define/stat-chart.js'),
  'ansinh-stat-figure': () => import('./define/stat-figure.js'),
};

export type AnsinhTag = keyof typeof ELEMENT_MODULES;
type ModuleOf<T extends AnsinhTag> = Awaited<ReturnType<(typeof ELEMENT_MODULES)[T]>>;

/** Detail of `ansinh-load-error`, fired on each instance of a tag whose module did not load. */
export interface AnsinhLoadErrorDetail {
  tag: AnsinhTag;
  error: unknown;
}

const loading = new Map<AnsinhTag, Promise<unknown>>();
const failed = new Set<AnsinhTag>();
/** The roots watched: the document and shadow roots created after start (weakly held). */
const roots: WeakRef<Document | ShadowRoot>[] = [];
const watched = new WeakSet<Node>();
const ERROR_MARK = 'data-ansinh-load-error';

function isTag(name: string): name is AnsinhTag {
  return Object.prototype.hasOwnProperty.call(ELEMENT_MODULES, name);
}

/**
 * Loads (once) and returns the module that defines `tag`; resolves when the tag is defined.
 * `const { AnsinhSurvey } = await load('ansinh-survey')` gives a page without a build the class.
 */
export function load<T extends AnsinhTag>(tag: T): Promise<ModuleOf<T>> {
  let pending = loading.get(tag);
  if (!pending) {
    pending = ELEMENT_MODULES[tag]().then(
      (mod) => {
        failed.delete(tag);
        // A failure line from an earlier attempt goes once the element is defined.
        for (const line of everywhere(`${tag} > [${ERROR_MARK}]`)) line.remove();
        return mod;
      },
      (error: unknown) => {
        loading.delete(tag);
        failed.add(tag);
        reportFailure(tag, error);
        throw error;
      },
    );
    loading.set(tag, pending);
  }
  return pending as Promise<ModuleOf<T>>;
}

/** The undefined ansinh tags in `root` (and `root` itself when it is one). */
function tagsIn(root: ParentNode): Set<AnsinhTag> {
  const found = new Set<AnsinhTag>();
  if (root instanceof Element && isTag(root.localName) && !customElements.get(root.localName)) found.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) if (isTag(el.localName)) found.add(el.localName);
  return found;
}

/**
 * Loads every ansinh element found in `root` that is not defined yet. The loader calls it for the
 * document and for every node added later; call it yourself for a shadow root that existed before
 * the loader ran (or a closed one it cannot see).
 */
export async function discover(root: ParentNode = document): Promise<void> {
  // A shadow root handed in is watched from now on, as one created after start() would be.
  if (root instanceof ShadowRoot) observe(root);
  const found = [...tagsIn(root)].filter((tag) => !loading.has(tag));
  if (!found.length) return;
  // The provider first: the elements inside it ask it for their data source as they connect.
  if (found.includes('ansinh-provider')) await load('ansinh-provider').catch(() => undefined);
  await Promise.allSettled(found.filter((tag) => tag !== 'ansinh-provider').map((tag) => load(tag)));
}

/** Elements matching `selector` in the document and in every watched shadow root. */
function everywhere(selector: string): Element[] {
  const out: Element[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    const root = roots[i]!.deref();
    if (!root) roots.splice(i, 1);
    else out.push(...root.querySelectorAll(selector));
  }
  return out;
}

function reportFailure(tag: AnsinhTag, error: unknown): void {
  console.error(`ansinh: the code of <${tag}> could not be loaded (offline, or blocked on the way); reload the page once the connection is back.`, error);
  for (const el of everywhere(`${tag}:not(:defined)`)) {
    if (!el.querySelector(`:scope > [${ERROR_MARK}]`)) {
      // Light DOM text in the page's own styles: the element's code and styles are what failed.
      const line = document.createElement('p');
      line.setAttribute(ERROR_MARK, '');
      line.setAttribute('role', 'alert');
      const en = (el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang).startsWith('en');
      line.textContent = en
        ? 'This part of the page could not be loaded. Check the connection, then reload the page.'
        : 'Không tải được phần này của trang. Hãy kiểm tra kết nối mạng rồi tải lại trang.';
      el.append(line);
    }
    el.dispatchEvent(new CustomEvent<AnsinhLoadErrorDetail>('ansinh-load-error', { bubbles: true, composed: true, detail: { tag, error } }));
  }
}

function retryFailed(): void {
  if (!failed.size) return;
  for (const tag of [...failed]) if (everywhere(`${tag}:not(:defined)`).length) void load(tag).catch(() => undefined);
}

/** Watches `root` (the document or a shadow root) for ansinh elements added to it. */
function observe(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  roots.push(new WeakRef(root));
  new MutationObserver((records) => {
    if (loading.size === Object.keys(ELEMENT_MODULES).length && !failed.size) return;
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) void discover(node as Element);
    }
  }).observe(root, { childList: true, subtree: true });
}

/** Starts the loader (the CDN entry calls it once; a second call does nothing). */
export function start(): void {
  const flag = Symbol.for('ansinh.loader');
  const registry = globalThis as typeof globalThis & { [flag]?: boolean };
  if (registry[flag]) return;
  registry[flag] = true;
  attachContextRoot(document);
  const native = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(this: Element, init: ShadowRootInit): ShadowRoot {
    const root = native.call(this, init);
    if (!this.localName.startsWith('ansinh-')) observe(root);
    return root;
  };
  observe(document);
  void discover(document);
  window.addEventListener('online', retryFailed);
}

declare global {
  interface HTMLElementEventMap {
    'ansinh-load-error': CustomEvent<AnsinhLoadErrorDetail>;
  }
}
