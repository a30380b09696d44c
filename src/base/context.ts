import { ContextRoot, createContext } from '@lit/context';
import type { DataSource } from '../data/source.js';
import type { Lang } from '../i18n/lang.js';

/** The DataSource an <ansinh-provider> hands to every ansinh element below it. */
export const dataSourceContext = createContext<DataSource | undefined>(Symbol.for('ansinh.data-source'));

/** The provider's language, so descendants re-render when it changes even across shadow roots. */
export const langContext = createContext<Lang | undefined>(Symbol.for('ansinh.lang'));

const ROOTS = Symbol.for('ansinh.context-roots');

/**
 * Attaches one @lit/context ContextRoot to a document, once per document even with two copies of
 * ansinh on the page: elements that asked for their context before an <ansinh-provider> existed
 * (upgraded first, or loaded first by the CDN loader) get it once the provider connects.
 */
export function attachContextRoot(doc: Document): void {
  const registry = globalThis as typeof globalThis & { [ROOTS]?: WeakSet<Document> };
  const roots = (registry[ROOTS] ??= new WeakSet<Document>());
  if (roots.has(doc)) return;
  roots.add(doc);
  new ContextRoot().attach(doc.documentElement);
}
