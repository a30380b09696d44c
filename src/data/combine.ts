import type { DataSource } from './source.js';

/** Which source answers which kind of data; `rest` answers whatever is not named. */
export interface CombinedSources {
  /** Residents: getResident, listResidents, getPolicyTable. */
  residents?: DataSource;
  /** Care plans: getCarePlan, saveCarePlan. */
  carePlans?: DataSource;
  /** Survey forms and responses: getSurveyDefinition, submitSurveyResponse, listSurveyResponses. */
  surveys?: DataSource;
  /** The donation ledger: entries, pages, appends, the disclosure, funds. */
  ledger?: DataSource;
  /** Statistics datasets: getDataset. */
  statistics?: DataSource;
  /** Drafts kept between visits: saveDraft, loadDraft, clearDraft. */
  drafts?: DataSource;
  /** Everything not named above. */
  rest?: DataSource;
}

const KINDS: Record<Exclude<keyof CombinedSources, 'rest'>, readonly (keyof DataSource)[]> = {
  residents: ['getResident', 'listResidents', 'getPolicyTable'],
  carePlans: ['getCarePlan', 'saveCarePlan'],
  surveys: ['getSurveyDefinition', 'submitSurveyResponse', 'listSurveyResponses'],
  ledger: ['listLedgerEntries', 'pageLedgerEntries', 'appendLedgerEntry', 'getLedgerDisclosure', 'listFunds'],
  statistics: ['getDataset'],
  drafts: ['saveDraft', 'loadDraft', 'clearDraft'],
};

/**
 * One DataSource made of several, one per kind of data: e.g. residents, care plans and surveys
 * from the hospital's FHIR server, the ledger and statistics from the portal's REST API, drafts
 * in the browser. A method is answered by the source named for its kind (or `rest`); when that
 * source lacks the method, the combined source lacks it too, and the element shows its
 * "not supported" state rather than asking another source.
 *
 * ```js
 * provider.source = combineSources({
 *   residents: fhir, carePlans: fhir, surveys: fhir,
 *   ledger: new RestSource('/api/ansinh'), statistics: new RestSource('/api/ansinh'),
 *   drafts: new IndexedDbSource(),
 * });
 * ```
 */
export function combineSources(sources: CombinedSources): DataSource {
  const combined: Record<string, unknown> = { kind: 'combined' };
  const owner = new Map<keyof DataSource, DataSource | undefined>();
  for (const [kind, methods] of Object.entries(KINDS) as [keyof typeof KINDS, readonly (keyof DataSource)[]][]) {
    for (const method of methods) owner.set(method, sources[kind] ?? sources.rest);
  }
  for (const [method, source] of owner) {
    const fn = source?.[method];
    if (typeof fn === 'function') combined[method] = (fn as (...args: unknown[]) => unknown).bind(source);
  }
  combined.kind = `combined(${[...new Set([...owner.values()].filter(Boolean).map((s) => s!.kind))].join(', ')})`;
  return combined as unknown as DataSource;
}
