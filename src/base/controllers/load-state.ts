/**
 * Where an element's data stands when it loads by id through the provider's DataSource.
 * `idle`: nothing to load (no id, or data handed in as a property). `loaded`: the value went to
 * the element (which validated it at its boundary). `offline`: the source could not be reached, and
 * the element shows what this page last read for the same record, labelled as such.
 * `unsupported`: the source keeps no data of this kind (a FHIR server has no ledger or statistics).
 */
export type LoadState = 'idle' | 'loading' | 'loaded' | 'not-found' | 'error' | 'no-source' | 'offline' | 'unsupported';
