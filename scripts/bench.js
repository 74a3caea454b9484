// `npm run bench`: runs every bench/*.bench.ts on the fakes and prints one table of service calls and cells moved,
// then the size of what Apps Script loads on every execution (Code.js) and what each sidebar ships.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { requireTs } = require('./run-ts');

const root = path.join(__dirname, '..');
const benchDir = path.join(root, 'bench');
const only = process.argv[2];

function table(rows, columns) {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [line(columns), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map((r) => line(columns.map((c) => r[c])))].join('\n');
}

async function main() {
  execFileSync('node', [path.join(__dirname, 'build.js')], { stdio: 'inherit' });
  const files = fs.readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)));
  const rows = [];
  for (const file of files) {
    const mod = requireTs(path.join(benchDir, file), `bench/${file.replace(/\.ts$/, '')}`);
    let result = mod.default;
    if (typeof result === 'function') result = result();
    result = await result;
    for (const row of result) rows.push({ bench: file.replace('.bench.ts', ''), ...row });
  }
  const columns = [
    'bench',
    'scenario',
    'sheetsCalls',
    'driveCalls',
    'docsCalls',
    'otherCalls',
    'cellsRead',
    'cellsWritten',
    'seconds',
    'executions',
    'ratio',
    'notes',
  ].filter((c) => rows.some((r) => r[c] !== undefined));
  console.log(`\nService calls and cells moved, counted by the fakes (lower is better):\n\n${table(rows, columns)}`);
  const dist = path.join(root, 'dist');
  const sizes = fs
    .readdirSync(dist)
    .filter((f) => /\.(js|html)$/.test(f))
    .map((f) => ({ file: f, KB: (fs.statSync(path.join(dist, f)).size / 1024).toFixed(1) }));
  console.log(`\nBundle sizes (Code.js is loaded by every execution; each page ships its own bundle):\n\n${table(sizes, ['file', 'KB'])}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
