// Fails when custom-elements.json is not what the analyzer makes of the current sources.
// Fix with `npm run manifest`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const out = '.tmp/manifest-check';
mkdirSync(out, { recursive: true });
execFileSync('npx', ['cem', 'analyze', '--outdir', out, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
// The analyzer lists modules in the order its file glob returns them, which varies between
// machines; compare them sorted by path.
const normal = (text) => {
  const manifest = JSON.parse(text);
  manifest.modules?.sort((a, b) => a.path.localeCompare(b.path));
  return JSON.stringify(manifest);
};
const fresh = readFileSync(`${out}/custom-elements.json`, 'utf8');
const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
if (!committed || normal(fresh) !== normal(committed)) {
  console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
