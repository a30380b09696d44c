import type { ReactiveControllerHost } from 'lit';
import { DataController } from '../controllers/data.js';
import type { ContractIssue } from '../../contract/issues.js';
import type { StatDataset } from '../../contract/stat.js';
import { validateStatDataset } from '../../contract/stat-validate.js';

/**
 * The data path of the statistics elements: `dataset-id` read with the provider's `getDataset`,
 * the answer handed to the element's own validation (`apply`).
 */
export function datasetLoader(host: ReactiveControllerHost & HTMLElement, apply: (value: unknown) => void): DataController {
  return new DataController(host, {
    read: (source) => source.getDataset?.bind(source),
    kind: 'dataset',
    accept: apply,
    reset: () => apply(undefined),
  });
}

/** A statistics element's data after validation: the dataset (or none), its warnings and errors. */
export interface DatasetInput {
  dataset: StatDataset | undefined;
  warnings: ContractIssue[];
  /** Errors (the element shows them and fires `ansinh-invalid`), or its warnings when valid. */
  shown: ContractIssue[];
}

/** Validates what a statistics element was handed: nothing (no data), a dataset, or junk. */
export function readDataset(value: unknown): DatasetInput {
  if (value === undefined || value === null) return { dataset: undefined, warnings: [], shown: [] };
  const result = validateStatDataset(value);
  return result.ok
    ? { dataset: result.value, warnings: result.warnings, shown: result.warnings }
    : { dataset: undefined, warnings: [], shown: result.issues };
}
