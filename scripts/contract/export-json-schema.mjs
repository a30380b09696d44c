// Writes one JSON Schema (draft 2020-12) per top-level contract schema to docs/contract/.
//
//   node scripts/contract/export-json-schema.mjs          write the files
//   node scripts/contract/export-json-schema.mjs --check  exit 1 when a file is missing or stale,
//                                                         then run the Zod/ajv parity corpus
//
// The schemas describe what a producer sends (`io: 'input'`): fields with a default are optional.
// Semantic checks (citizen ID vs. birth year, references between lists) are warnings of the
// `parseX()` functions and are not in the JSON Schema.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContract, root } from './load-contract.mjs';

export const SCHEMAS = [
  ['resident', 'ResidentSchema', 'Resident', 'Hồ sơ đối tượng / Resident record'],
  ['public-resident', 'PublicResidentSchema', 'PublicResident', 'Hồ sơ đối tượng (phần công khai) / Public projection of a resident'],
  ['care-plan', 'CarePlanSchema', 'CarePlan', 'Kế hoạch trợ giúp / Care plan'],
  ['survey-definition', 'SurveyDefinitionSchema', 'SurveyDefinition', 'Mẫu phiếu khảo sát / Survey definition'],
  ['survey-response', 'SurveyResponseSchema', 'SurveyResponse', 'Phiếu trả lời khảo sát / Survey response'],
  ['ledger-entry', 'LedgerEntrySchema', 'LedgerEntry', 'Bút toán sổ quyên góp / Ledger entry'],
  ['ledger-disclosure', 'LedgerDisclosureSchema', 'LedgerDisclosure', 'Bản công khai sổ quyên góp / Ledger disclosure'],
  ['fund', 'FundSchema', 'Fund', 'Quỹ / đợt vận động / Fund'],
  ['stat-dataset', 'StatDatasetSchema', 'StatDataset', 'Bộ số liệu thống kê / Statistics dataset'],
  ['policy-table', 'PolicyTableSchema', 'PolicyTable', 'Bảng mức chuẩn và hệ số trợ cấp / Allowance policy table'],
];

/** Building blocks that get a readable name under `$defs` (for code generators in other languages). */
const NAMED = [
  'Id', 'ShortText', 'LongText', 'LocalizedText', 'PartialDate', 'IsoDate', 'DateTime', 'VndAmount',
  'Url', 'Phone', 'Sha256', 'Sex', 'CitizenId', 'AdminUnit', 'BeneficiaryCategory', 'DisabilityLevel',
  'CarePlanStep', 'CareDomain', 'ItemCode', 'ScaleOption', 'EnableWhen', 'SurveyTemplateRef',
  'SurveyAnswer', 'InKindLine', 'Donor', 'Fund', 'PeriodId', 'SourceStatus',
  'Scale5Item', 'SingleItem', 'MultipleItem', 'NumberItem', 'TextItem', 'LongTextItem', 'DateItem',
  'DisplayItem', 'GroupItem', 'SurveySection',
];

export function generate(contract) {
  const registry = contract.jsonSchemaRegistry;
  for (const name of NAMED) {
    const schema = contract[`${name}Schema`];
    if (!schema) throw new Error(`src/contract does not export ${name}Schema`);
    if (!registry.has(schema)) registry.add(schema, { id: name });
  }
  const files = new Map();
  for (const [file, exportName, title, description] of SCHEMAS) {
    const schema = contract[exportName];
    if (!schema) throw new Error(`src/contract does not export ${exportName}`);
    const json = contract.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw', reused: 'inline', metadata: registry });
    const { $schema, ...rest } = json;
    const out = {
      $schema,
      $id: `urn:ansinh:contract:${contract.CONTRACT_VERSION}:${file}`,
      title,
      description,
      'x-ansinh-contract-version': contract.CONTRACT_VERSION,
      ...rest,
    };
    files.set(`${file}.schema.json`, JSON.stringify(out, null, 2) + '\n');
  }
  return files;
}

async function main() {
  const check = process.argv.includes('--check');
  const contract = await loadContract();
  const dir = join(root, 'docs', 'contract');
  const files = generate(contract);
  if (!check) {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of files) writeFileSync(join(dir, name), text);
    console.log(`Wrote ${files.size} JSON Schema files to docs/contract/ (contract ${contract.CONTRACT_VERSION}).`);
    return;
  }
  const stale = [];
  for (const [name, text] of files) {
    const path = join(dir, name);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(name);
  }
  if (stale.length) {
    console.error(
      `Stale JSON Schema in docs/contract/: ${stale.join(', ')}.\n` +
        'Run `node scripts/contract/export-json-schema.mjs` and commit the result.',
    );
    process.exitCode = 1;
  } else {
    console.log(`${files.size} JSON Schema files in docs/contract/ are up to date.`);
  }
  const { runParity } = await import('./parity.mjs');
  const ok = await runParity(contract);
  if (!ok) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
