/**
 * Where an element's data stands when it loads by id through the provider's DataSource.
 * `idle`: nothing to load (no id, or data handed in as a property). `loaded`: the value went to
 * the element (which validated it at its boundary).
 */
export type LoadState = 'idle' | 'loading' | 'loaded' | 'not-found' | 'error' | 'no-source';
