// Checks every relative link in README.md and docs/**/*.md: the file must exist and, for
// `#anchor` links into Markdown, a heading or an `<a id="…">` with that anchor must exist (the
// generated docs/benchmarks.md gives each row one). Part of `npm test`.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const files = ['README.md', ...walk(join(root, 'docs')).map((f) => relative(root, f))].filter((f) => f.endsWith('.md'));

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** GitHub-style heading anchors. */
function anchors(markdown) {
  const set = new Set();
  for (const m of markdown.matchAll(/^#{1,6}\s+(.+)$/gm)) {
    set.add(
      m[1]
        .trim()
        .toLowerCase()
        .replace(/[`*_~]/g, '')
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-'),
    );
  }
  for (const m of markdown.matchAll(/<a id="([^"]+)"><\/a>/g)) set.add(m[1].toLowerCase());
  return set;
}

const problems = [];
let checked = 0;
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  for (const m of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const href = m[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // external: not reachable here
    checked += 1;
    const [path, anchor] = href.split('#');
    const target = path ? resolve(dirname(join(root, file)), decodeURIComponent(path)) : join(root, file);
    if (!existsSync(target)) {
      problems.push(`${file}: link to ${href}: no such file`);
      continue;
    }
    if (anchor && statSync(target).isFile() && target.endsWith('.md')) {
      if (!anchors(readFileSync(target, 'utf8')).has(decodeURIComponent(anchor).toLowerCase())) {
        problems.push(`${file}: link to ${href}: no heading with that anchor`);
      }
    }
  }
}
if (problems.length) {
  console.error(`Broken documentation links:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Documentation links: ${checked} internal links in ${files.length} files resolve.`);
