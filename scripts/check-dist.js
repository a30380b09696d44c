// Checks of the built package that only the build can answer:
// - every entry point in package.json exists with its types;
// - the CDN build registers every element the manifest documents;
// - CSS selectors after ::slotted() / ::part() survive minification (Vite 8's default CSS minifier
//   is known to break them; ansinh keeps CSS in Lit templates, minified by esbuild as JS);
// - Node can import `ansinh/contract` from the built package (no DOM in the contract).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const problems = [];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

for (const [name, target] of Object.entries(pkg.exports)) {
  if (name.includes('*')) continue;
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of files) if (!existsSync(file)) problems.push(`export "${name}" points at missing ${file}`);
}
for (const f of readdirSync('src/define').filter((f) => f.endsWith('.ts'))) {
  const base = f.replace(/\.ts$/, '');
  for (const ext of ['.js', '.d.ts']) {
    if (!existsSync(`dist/define/${base}${ext}`)) problems.push(`ansinh/${base}: dist/define/${base}${ext} is missing`);
  }
}

// The CDN loader's table (src/loader.ts) names every element of src/define/, each with its own file.
{
  const table = readFileSync('src/loader.ts', 'utf8');
  const rows = new Map([...table.matchAll(/'(ansinh-[a-z-]+)': \(\) => import\('\.\/define\/([a-z-]+)\.js'\)/g)].map((m) => [m[1], m[2]]));
  for (const f of readdirSync('src/define').filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(`src/define/${f}`, 'utf8');
    for (const m of text.matchAll(/\.define\(\s*['"](ansinh-[a-z0-9-]+)['"]/g)) {
      if (rows.get(m[1]) !== f.replace(/\.ts$/, '')) problems.push(`src/loader.ts does not load <${m[1]}> from ./define/${f.replace(/\.ts$/, '.js')}`);
    }
  }
}

const cdnPath = 'dist/cdn/ansinh.js';
if (!existsSync(cdnPath)) {
  problems.push(`${cdnPath} is missing`);
} else {
  const cdn = [cdnPath, ...listJs('dist/cdn/chunks')].map((f) => readFileSync(f, 'utf8')).join('\n');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      // The minifier may quote a string with ", ' or a backtick.
      if (decl.tagName && !['"', "'", '`'].some((q) => cdn.includes(`${q}${decl.tagName}${q}`))) {
        problems.push(`the CDN build does not register <${decl.tagName}>`);
      }
    }
  }
  // Every ::slotted()/::part() selector written in src must reach the CDN build intact.
  for (const file of listTs('src')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/::(slotted|part)\(([^)]*)\)([^{,]*)[{,]/g)) {
      const selector = `::${m[1]}(${m[2].trim()})${m[3].replace(/\s+/g, ' ').trimEnd()}`;
      const compact = selector.replace(/\s*([>+~])\s*/g, '$1');
      const variants = [selector, compact, selector.replace(/ /g, '')];
      if (!variants.some((v) => cdn.includes(v))) problems.push(`${file}: selector "${selector}" is not intact in ${cdnPath}`);
    }
  }
}

// The manifest publishes the package as shipped (issue 19): public members only, paths that exist.
{
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  let hidden = 0;
  for (const mod of manifest.modules) {
    if (!existsSync(mod.path)) problems.push(`custom-elements.json names ${mod.path}, which the package does not ship`);
    for (const decl of mod.declarations ?? []) {
      for (const m of decl.members ?? []) if (['private', 'protected'].includes(m.privacy) || /^[_#]/.test(m.name)) hidden++;
    }
  }
  if (hidden) problems.push(`custom-elements.json publishes ${hidden} private or protected members`);
}

try {
  const contract = await import('ansinh/contract');
  if (typeof contract.ResidentSchema !== 'object') problems.push('ansinh/contract has no ResidentSchema');
  const parsed = contract.parseResident?.({});
  if (!parsed || parsed.ok !== false) problems.push('ansinh/contract parseResident({}) did not report issues');
} catch (err) {
  problems.push(`Node cannot import ansinh/contract: ${err.message}`);
}

// `engines.node` claims these two run in a back end on this Node: checked here, on the Node that
// runs the tests (docs/package.md says which versions that covers).
try {
  const fhir = await import('ansinh/fhir');
  const imported = fhir.patientToResident?.({ resourceType: 'Patient', id: 'p1', name: [{ text: 'Nguyễn Văn An' }] });
  if (!imported || !Array.isArray(imported.issues)) problems.push('ansinh/fhir patientToResident() did not return { value, issues }');
} catch (err) {
  problems.push(`Node cannot import ansinh/fhir: ${err.message}`);
}

function listJs(dir) {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => join(dir, f)) : [];
}
function listTs(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTs(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

if (problems.length) {
  console.error(`Built package checks failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Built package checks passed (exports, CDN registrations, ::slotted/::part selectors, the manifest: public members, shipped paths; Node ${process.versions.node} imports and runs ansinh/contract and ansinh/fhir).`);
