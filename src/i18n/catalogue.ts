import type { Lang } from './lang.js';

/** A message is a string or a function of typed parameters returning one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);
export type Catalogue = Record<string, Message>;

/**
 * Declares a component's messages. Vietnamese is the source; English must have exactly the same
 * keys with the same parameter types, so a missing or misspelt key fails `tsc`.
 * Catalogues are plain objects owned by each module: no global registry, nothing that can clash
 * with a host page's own localisation library.
 */
export function defineMessages<T extends Catalogue>(catalogues: {
  vi: T;
  en: NoInfer<{ [K in keyof T]: T[K] }>;
}): Record<Lang, T> {
  return catalogues as Record<Lang, T>;
}
