import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Prints the JavaScript a first visit downloads (the entry script and everything it
 * preloads, read from the built index.html) and fails when its gzip size passes the budget.
 * Lazy route chunks are not counted: they load when their page is opened.
 */
const BUDGET_KB = 300;
const [dist] = process.argv.slice(2);
if (!dist) throw new Error('usage: bundle-size <dist dir>');

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = new Set<string>();
for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) files.add(m[1]);
for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) files.add(m[1]);
if (files.size === 0) throw new Error(`no entry script in ${dist}/index.html`);

let total = 0;
const rows = [...files].map((file) => {
  const code = readFileSync(join(dist, file.replace(/^\//, '')));
  const gz = gzipSync(code, { level: 9 }).length;
  total += gz;
  return { file, raw: code.length, gz };
});
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
for (const r of rows) console.log(`  ${r.file.padEnd(48)} ${kb(r.raw).padStart(10)}  gzip ${kb(r.gz).padStart(9)}`);
console.log(`  initial JS: gzip ${kb(total)} (budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`initial JS of ${dist} is over the ${BUDGET_KB} kB budget`);
  process.exit(1);
}
