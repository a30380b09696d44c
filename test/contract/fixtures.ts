// Loads the fixture corpus shared with scripts/contract/parity.mjs (Zod vs. ajv).
export interface Fixture {
  name: string;
  data: unknown;
  expect?: { path: (string | number)[]; code: string };
}
export interface Corpus {
  schema: string;
  valid: Fixture[];
  invalid: Fixture[];
}

export const CORPORA = [
  'resident',
  'care-plan',
  'survey-definition',
  'survey-response',
  'ledger-entry',
  'ledger-disclosure',
  'fund',
  'stat-dataset',
] as const;

export async function loadCorpus(name: string): Promise<Corpus> {
  const res = await fetch(new URL(`./fixtures/${name}.json`, import.meta.url));
  if (!res.ok) throw new Error(`fixture ${name}: HTTP ${res.status}`);
  return (await res.json()) as Corpus;
}
