// Writes scripts/jest-durations.json from a jest log ("PASS test/x.test.ts (12.3 s)" lines), for jest-sequencer.js.
const fs = require('node:fs');
const path = require('node:path');

const log = process.argv[2];
if (!log) {
  console.error('usage: node scripts/jest-durations.js <jest log>');
  process.exit(1);
}
const durations = {};
for (const m of fs.readFileSync(log, 'utf8').matchAll(/^(?:PASS|FAIL) (\S+\.test\.tsx?)(?: \(([\d.]+) s\))?/gm)) {
  durations[m[1]] = Math.round(Number(m[2] ?? 0) * 1000);
}
const sorted = Object.fromEntries(Object.entries(durations).sort((a, b) => b[1] - a[1]));
fs.writeFileSync(path.join(__dirname, 'jest-durations.json'), `${JSON.stringify(sorted, null, 1)}\n`);
console.log(`${Object.keys(sorted).length} suites written to scripts/jest-durations.json`);
