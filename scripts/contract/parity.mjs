// Runs the fixture corpus (test/contract/fixtures/*.json) through Zod (the parseX functions) and
// through ajv (draft 2020-12) on the exported JSON Schema files, and fails when the verdicts
// differ, when a valid fixture fails, or when an invalid fixture passes or fails for another
// reason than the one it was written for.
//
//   node scripts/contract/parity.mjs
//
// ajv is CommonJS and compiles validators with `new Function`, so this runs in Node rather than
// in the browser tests. `export-json-schema.mjs --check` (part of `npm test`) runs it too.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadContract, root } from './load-contract.mjs';

const PARSERS = {
  resident: 'parseResident',
  'care-plan': 'parseCarePlan',
  'survey-definition': 'parseSurveyDefinition',
  'survey-response': 'parseSurveyResponse',
  'ledger-entry': 'parseLedgerEntry',
  'ledger-disclosure': 'parseLedgerDisclosure',
  fund: 'parseFund',
  'stat-dataset': 'parseStatDataset',
  'policy-table': null,
};

function zodVerdict(contract, name, data) {
  const parser = PARSERS[name];
  if (parser) return contract[parser](data);
  const r = contract.PolicyTableSchema.safeParse(data);
  return r.success ? { ok: true, value: r.data, warnings: [] } : { ok: false, issues: [] };
}

export async function runParity(contract) {
  contract ??= await loadContract();
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addKeyword('x-ansinh-contract-version');
  const dir = join(root, 'test', 'contract', 'fixtures');
  let cases = 0;
  const failures = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const corpus = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const name = corpus.schema;
    if (!(name in PARSERS)) {
      failures.push(`${file}: unknown schema "${name}"`);
      continue;
    }
    const schema = JSON.parse(readFileSync(join(root, 'docs', 'contract', `${name}.schema.json`), 'utf8'));
    const validate = ajv.compile(schema);
    for (const [expected, list] of [[true, corpus.valid], [false, corpus.invalid]]) {
      for (const fixture of list) {
        cases++;
        const label = `${name} / ${expected ? 'valid' : 'invalid'} / ${fixture.name}`;
        const z = zodVerdict(contract, name, fixture.data);
        const a = validate(fixture.data);
        if (z.ok !== a) {
          failures.push(
            `${label}: Zod says ${z.ok ? 'valid' : 'invalid'}, ajv says ${a ? 'valid' : 'invalid'}` +
              (a ? '' : ` (${ajv.errorsText(validate.errors)})`) +
              (z.ok ? '' : ` (${z.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; ')})`),
          );
        } else if (z.ok !== expected) {
          failures.push(`${label}: expected ${expected ? 'valid' : 'invalid'}, both say otherwise`);
        } else if (!expected && fixture.expect && PARSERS[name]) {
          const want = JSON.stringify(fixture.expect.path);
          const hit = z.issues.some((i) => JSON.stringify(i.path) === want && i.code === fixture.expect.code);
          if (!hit) {
            failures.push(
              `${label}: expected issue ${fixture.expect.code} at [${fixture.expect.path}], got ` +
                z.issues.map((i) => `${i.code} at [${i.path}]`).join('; '),
            );
          }
        } else if (expected && PARSERS[name] && z.warnings.length) {
          failures.push(`${label}: unexpected warnings ${z.warnings.map((w) => w.code).join(', ')}`);
        }
      }
    }
  }
  // docs/contract/rest.yaml must only point at schema files that exist.
  const rest = readFileSync(join(root, 'docs', 'contract', 'rest.yaml'), 'utf8');
  for (const [, ref] of rest.matchAll(/\$ref: '\.\/([^']+)'/g)) {
    try {
      readFileSync(join(root, 'docs', 'contract', ref));
    } catch {
      failures.push(`rest.yaml refers to ${ref}, which does not exist`);
    }
  }
  if (failures.length) {
    console.error(`Zod/ajv parity: ${failures.length} of ${cases} fixtures failed:\n  ` + failures.join('\n  '));
    return false;
  }
  console.log(`Zod/ajv parity: all ${cases} fixtures agree (Zod and ajv draft 2020-12).`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ok = await runParity();
  if (!ok) process.exitCode = 1;
}
