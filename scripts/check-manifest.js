// Fails when custom-elements.json is not what the analyzer makes of the current sources.
// Fix with `npm run manifest`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const out = '.tmp/manifest-check';
mkdirSync(out, { recursive: true });
execFileSync('npx', ['cem', 'analyze', '--outdir', out, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
const fresh = readFileSync(`${out}/custom-elements.json`, 'utf8');
const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
if (JSON.stringify(JSON.parse(fresh)) !== (committed && JSON.stringify(JSON.parse(committed)))) {
  console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
