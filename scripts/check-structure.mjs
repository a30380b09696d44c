// The shape every element keeps (docs/architecture: "The shape of an element"), checked so it
// cannot drift:
// - no source file in src/ over MAX_LINES lines (generated typings excepted);
// - every element folder holds <name>.ts, <name>.styles.ts, messages.ts, model.ts and parts/;
// - model.ts is pure: it imports neither lit nor anything that touches the DOM;
// - no element imports another element's folder (what two share lives in base/, contract/, i18n/);
// - Vietnamese text uses one tone-mark placement, the older one of the Ministries' documents
//   (hòa, khỏe, thủy, not hoà, khoẻ, thuỷ: src/contract/code-labels.ts, docs/domain.md), in src/,
//   stories/, docs/ and demo/.
// Import cycles and copies are checked by dpdm and jscpd in their own `npm test` steps.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

const MAX_LINES = 500;
/** Modules in base/controllers/ that are pure functions (no DOM), so a model may use them. */
const PURE_BASE = ['/controllers/export.js', '/controllers/roving-focus.js', '/controllers/load-state.js'];
const GENERATED = new Set(['src/jsx.d.ts', 'src/vue.d.ts']);
/**
 * Elements exempt from parts of the shape, and why. `<ansinh-provider>` renders only a slot: it
 * has no text of its own, no styles and no view model.
 */
const EXEMPT = { provider: ['styles', 'messages', 'model', 'parts'] };

const problems = [];
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|js|mjs)$/.test(name)) files.push(path.split(sep).join('/'));
  }
})('src');

for (const file of files) {
  if (GENERATED.has(file)) continue;
  const lines = readFileSync(file, 'utf8').split('\n').length;
  if (lines > MAX_LINES) problems.push(`${file}: ${lines} lines (at most ${MAX_LINES}; split it into parts)`);
}

const components = readdirSync('src/components').filter((d) => statSync(join('src/components', d)).isDirectory());
for (const name of components) {
  const dir = `src/components/${name}`;
  const exempt = new Set(EXEMPT[name] ?? []);
  const want = [
    [`${name}.ts`, 'class'],
    [`${name}.styles.ts`, 'styles'],
    ['messages.ts', 'messages'],
    ['model.ts', 'model'],
    ['parts', 'parts'],
  ];
  for (const [entry, kind] of want) {
    if (exempt.has(kind)) continue;
    if (!existsSync(join(dir, entry))) problems.push(`${dir}: no ${entry} (every element folder has the same parts)`);
  }
  const model = join(dir, 'model.ts');
  if (existsSync(model)) {
    const text = readFileSync(model, 'utf8');
    const impure = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]).filter((s) => /^lit(\/|$)|^@lit\//.test(s) || (/\/base\/(ansinh-element|primitives|controllers)/.test(s) && !PURE_BASE.some((p) => s.endsWith(p))));
    if (impure.length) problems.push(`${model}: imports ${impure.join(', ')} (a model is pure: no Lit, no DOM)`);
    if (/\b(document|window|customElements)\./.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))) problems.push(`${model}: touches the DOM (a model is pure)`);
  }
}

for (const file of files.filter((f) => f.startsWith('src/components/'))) {
  const own = file.split('/')[2];
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g)) {
    const target = relative(resolve('.'), resolve(dirname(file), m[1])).split(sep).join('/');
    const parts = target.split('/');
    if (parts[0] === 'src' && parts[1] === 'components' && parts[2] !== own) {
      problems.push(`${file}: imports ${target} from another element's folder (move what both use to base/)`);
    }
  }
}

// An open syllable "oa", "oe" or "uy" (not after q) takes its tone mark on the first vowel.
const NEW_STYLE = /(?<![\p{L}\p{M}])[\p{L}]*?(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;
const texts = [];
function walkText(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) walkText(path);
    else if (/\.(ts|js|mjs|md|mdx|html|json)$/.test(name)) texts.push(path.split(sep).join('/'));
  }
}
for (const dir of ['src', 'stories', 'docs', 'demo']) walkText(dir);
for (const file of texts) {
  const found = [...new Set(readFileSync(file, 'utf8').match(NEW_STYLE) ?? [])];
  if (found.length) problems.push(`${file}: tone marks placed the newer way (${found.slice(0, 5).join(', ')}): write hòa, khỏe, thủy as the Ministries do`);
}

if (problems.length) {
  console.error(`Structure: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`Structure: ${files.length} files, ${components.length} element folders, all in shape.`);
