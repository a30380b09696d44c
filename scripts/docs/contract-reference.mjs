// Writes docs/contract/reference.md from the JSON Schemas in docs/contract/ and the contract's own
// bilingual field labels, so the reference can never say something the schemas do not.
// `--check` exits 1 when the committed file is stale (part of `npm test`).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContract, root } from '../contract/load-contract.mjs';

const dir = join(root, 'docs/contract');
const out = join(dir, 'reference.md');
const contract = await loadContract();

/** Root names fieldLabel() knows, by schema file. */
const ROOTS = {
  resident: 'resident',
  'care-plan': 'carePlan',
  'survey-definition': 'surveyDefinition',
  'survey-response': 'surveyResponse',
  'ledger-entry': 'ledgerEntry',
  'ledger-disclosure': 'ledgerDisclosure',
  fund: 'fund',
  'stat-dataset': 'statDataset',
  'policy-table': 'policyTable',
};

function typeOf(schema, defs, depth = 0) {
  if (!schema || depth > 4) return 'any';
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop();
    return `\`${name}\``;
  }
  if (schema.enum) return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  const alts = schema.anyOf ?? schema.oneOf;
  if (alts) return alts.map((s) => typeOf(s, defs, depth + 1)).join(' \\| ');
  if (schema.type === 'array') return `array of ${typeOf(schema.items, defs, depth + 1)}`;
  if (schema.type === 'object') return 'object';
  if (Array.isArray(schema.type)) return schema.type.join(' \\| ');
  let t = schema.type ?? 'any';
  if (schema.pattern) {
    t += schema.pattern.length > 60 ? ' (pattern: see the schema)' : ` (pattern \`${schema.pattern.replace(/\|/g, '\\|')}\`)`;
  }
  if (schema.minimum !== undefined) t += ` ≥ ${schema.minimum}`;
  if (schema.maximum !== undefined) t += ` ≤ ${schema.maximum}`;
  if (schema.maxLength !== undefined) t += `, ≤ ${schema.maxLength} chars`;
  return t;
}

const cell = (s) => String(s).replace(/\n/g, ' ');

function section(file) {
  const schema = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const name = file.replace(/\.schema\.json$/, '');
  const rootName = ROOTS[name] ?? name;
  const lines = [`## ${schema.title ?? name}`, '', schema.description ? `${schema.description}. ` : '', `Schema: [${file}](${file})`, ''];
  const variants = schema.oneOf ?? schema.anyOf ?? [schema];
  variants.forEach((variant, i) => {
    const resolved = variant.$ref ? schema.$defs?.[variant.$ref.split('/').pop()] ?? variant : variant;
    if (variants.length > 1) lines.push(`### Variant ${i + 1}${resolved.title ? `: ${resolved.title}` : ''}`, '');
    const required = new Set(resolved.required ?? []);
    const props = Object.entries(resolved.properties ?? {});
    if (!props.length) return;
    lines.push('| field | Vietnamese label | English label | type | required |', '|---|---|---|---|---|');
    for (const [prop, sub] of props) {
      const label = contract.fieldLabel(rootName, [prop]);
      lines.push(`| \`${prop}\` | ${cell(label.vi)} | ${cell(label.en)} | ${cell(typeOf(sub, schema.$defs))} | ${required.has(prop) ? 'yes' : ''} |`);
    }
    lines.push('');
  });
  const defs = Object.entries(schema.$defs ?? {}).filter(([, d]) => !d.properties);
  if (defs.length) {
    lines.push('Shared types:', '');
    for (const [defName, def] of defs) lines.push(`- \`${defName}\`: ${cell(typeOf(def, schema.$defs))}`);
    lines.push('');
  }
  return lines.join('\n');
}

const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();
const text = [
  '# Contract reference',
  '',
  `Generated from the JSON Schemas of contract version ${contract.CONTRACT_VERSION} by`,
  '`node scripts/docs/contract-reference.mjs`; do not edit by hand. Every object also keeps',
  'fields it does not know (forward compatibility). Types, parsers and errors: [README.md](README.md);',
  'REST endpoints: [rest.yaml](rest.yaml); FHIR mapping: [fhir.md](fhir.md).',
  '',
  ...files.map(section),
].join('\n');

if (process.argv.includes('--check')) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== text) {
    console.error('docs/contract/reference.md is stale: run `node scripts/docs/contract-reference.mjs`.');
    process.exit(1);
  }
  console.log('docs/contract/reference.md is up to date.');
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
