// Builds src/contract (TypeScript) into one ES module with esbuild and imports it, so the Node
// scripts here use exactly the code that ships, on Node 20 (no type stripping there).
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function loadContract() {
  return loadSource(`export * from './src/contract/index.ts';\nexport { toJSONSchema } from 'zod/mini';\n`, 'contract');
}

/** Builds TypeScript `contents` (imports relative to the repository root) and imports the result. */
export async function loadSource(contents, name = 'source') {
  const outdir = join(root, '.tmp', 'contract-build');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${name}-${process.pid}-${Date.now()}.mjs`);
  await build({
    stdin: { contents, resolveDir: root, sourcefile: `${name}-entry.ts`, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
