/**
 * Sample data for demos, stories, tests and benchmarks: residents, care plans, survey responses,
 * funds, a hash-chained donation ledger and statistics datasets. No DOM; deterministic from a
 * seed (mulberry32), so every run and every browser sees the same records. Results are cached
 * per seed.
 *
 * Grounded in the figures of the seed articles (shared/seeds, docs in the domain reference): a
 * provincial social-work centre with 3 departments and 41 staff; Bắc Ninh health sector with 16
 * treatment units, 70 full-time and 43 part-time social-work staff and 223 collaborators; Huế
 * social protection centre 2024 (532 residents, 42 new with mental disabilities, 818 checks, 44
 * rehab learners of whom 35 had reduced terms); Bắc Giang's vulnerable groups. People, names,
 * phone numbers, ids and commune codes are invented; commune codes are illustrative, not the
 * official list of Quyết định 19/2025/QĐ-TTg.
 */
import type { CarePlan, Fund, LedgerEntry, Resident, StatDataset, SurveyResponse } from '../contract/index.js';
import type { SeedData } from '../data/collections.js';
import { makeCarePlans } from './care-plans.js';
import { makeDatasets } from './datasets.js';
import { makeFunds, makeLedger } from './ledger.js';
import { makeResidents } from './residents.js';
import { makeResponses } from './survey-responses.js';
import { createRng } from './random.js';

export { createRng, mulberry32, type Rng } from './random.js';
export { SAMPLE_PLACES } from './people.js';
export { SAMPLE_WARDS } from './survey-responses.js';
export { SAMPLE_RECEIVING_UNIT } from './ledger.js';

export const DEFAULT_SEED = 20251122;

export interface SampleCounts {
  residents: number;
  responses: number;
  ledger: number;
}

export const SAMPLE_COUNTS: SampleCounts = { residents: 72, responses: 500, ledger: 2000 };

interface SampleSet {
  residents: Resident[];
  carePlans: CarePlan[];
  surveyResponses: SurveyResponse[];
  funds: Fund[];
  ledger: LedgerEntry[] | undefined;
  datasets: StatDataset[] | undefined;
}

const cache = new Map<number, SampleSet>();

function set(seed: number): SampleSet {
  let s = cache.get(seed);
  if (!s) {
    // Each part has its own stream, so changing one generator does not reshuffle the others.
    const residents = makeResidents(createRng(seed), SAMPLE_COUNTS.residents);
    const carePlans = makeCarePlans(createRng(seed + 1), residents);
    s = { residents, carePlans, surveyResponses: makeResponses(createRng(seed + 2), SAMPLE_COUNTS.responses), funds: makeFunds(), ledger: undefined, datasets: undefined };
    cache.set(seed, s);
  }
  return s;
}

/**
 * Everything below returns the cached objects of the seed: treat them as read-only (a source
 * such as MemorySource copies what it stores).
 */
export const sampleResidents = (seed = DEFAULT_SEED): Resident[] => set(seed).residents;
export const sampleCarePlans = (seed = DEFAULT_SEED): CarePlan[] => set(seed).carePlans;
export const sampleSurveyResponses = (seed = DEFAULT_SEED): SurveyResponse[] => set(seed).surveyResponses;
export const sampleFunds = (seed = DEFAULT_SEED): Fund[] => set(seed).funds;
export function sampleLedger(seed = DEFAULT_SEED): LedgerEntry[] {
  const s = set(seed);
  s.ledger ??= makeLedger(createRng(seed + 3), SAMPLE_COUNTS.ledger, s.funds);
  return s.ledger;
}
export function sampleDatasets(seed = DEFAULT_SEED): StatDataset[] {
  const s = set(seed);
  s.datasets ??= makeDatasets(createRng(seed + 4), s.surveyResponses);
  return s.datasets;
}

/** All sample collections in the `SeedData` shape MemorySource and IndexedDbSource accept. */
export function sampleData(seed = DEFAULT_SEED): SeedData {
  return {
    residents: sampleResidents(seed),
    carePlans: sampleCarePlans(seed),
    surveyResponses: sampleSurveyResponses(seed),
    ledgerEntries: sampleLedger(seed),
    datasets: sampleDatasets(seed),
  };
}
