// `npm test`: typecheck, lint, build, then every jest suite (unit, integration, bundle, browser).
// Browser tests need Debian's Chromium: installed here when missing (as root), never silently skipped.
const { execSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');

const CHROMIUM = '/usr/bin/chromium';

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(`Browser tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests (about 20 s)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`Chromium is still missing at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
    process.exit(1);
  }
}

function step(title, command, args) {
  console.log(`\n── ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n${title} failed.`);
    process.exit(result.status || 1);
  }
}

ensureChromium();
step('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('lint', 'npx', ['biome', 'check', '.']);
step('build', 'node', ['scripts/build.js']);
step('tests', 'npx', ['jest', '--ci', ...process.argv.slice(2)]);
