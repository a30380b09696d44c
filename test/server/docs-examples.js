// Server side of test/docs/examples.test.ts: the ```html examples of README.md and docs/**/*.md.
//
// Command (executeServerCommand):
//   docs-examples   -> [{ file, index, line, code }] for every fenced code block whose info string
//                      starts with `html`, in README.md and every docs/**/*.md (Vietnamese and
//                      English pages alike), in file order. `index` counts the file's html blocks
//                      from 1; `line` is the 1-based line of the opening fence; `code` is the block's
//                      text with the fence's own indentation removed (blocks inside list items).
// The files are read on every call, so an edited page is tested as it now stands.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function markdownFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(path));
    else if (entry.name.endsWith('.md')) out.push(path);
  }
  return out;
}

/** The files whose examples are checked: README.md, then docs/**\/*.md sorted by path. */
export function exampleFiles() {
  const files = [join(ROOT, 'README.md')];
  const docs = join(ROOT, 'docs');
  if (existsSync(docs)) files.push(...markdownFiles(docs).sort());
  return files.filter((f) => existsSync(f));
}

/**
 * Fenced code blocks (CommonMark: ``` or ~~~, at least three, indented by up to any list
 * nesting; closed by a fence of the same character at least as long) whose language is html.
 */
export function htmlBlocks(text) {
  const lines = text.split(/\r?\n/);
  const blocks = [];
  let open;
  lines.forEach((line, i) => {
    if (!open) {
      const m = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
      if (m) open = { indent: m[1].length, fence: m[2], lang: m[3].toLowerCase(), line: i + 1, body: [] };
      return;
    }
    const close = /^(\s*)(`{3,}|~{3,})\s*$/.exec(line);
    if (close && close[2][0] === open.fence[0] && close[2].length >= open.fence.length) {
      if (open.lang === 'html') blocks.push({ line: open.line, code: open.body.join('\n') });
      open = undefined;
      return;
    }
    // Remove up to the fence's indentation from each content line, as CommonMark does.
    const lead = /^\s*/.exec(line)[0].length;
    open.body.push(line.slice(Math.min(lead, open.indent)));
  });
  return blocks;
}

export function docsExamples() {
  const out = [];
  for (const path of exampleFiles()) {
    const file = relative(ROOT, path).split(sep).join('/');
    htmlBlocks(readFileSync(path, 'utf8')).forEach((b, i) => out.push({ file, index: i + 1, line: b.line, code: b.code }));
  }
  return out;
}

/** web-test-runner plugin: the command listed at the top. */
export function docsExamplesPlugin() {
  return {
    name: 'ansinh-docs-examples',
    executeCommand({ command }) {
      if (command === 'docs-examples') return docsExamples();
      return undefined;
    },
  };
}
