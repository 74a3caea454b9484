// `npm start`: builds the add-on, then serves the local playground (no Google account needed).
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
execFileSync('node', [path.join(__dirname, 'build.js')], { stdio: 'inherit' });
const outfile = path.join(root, '.tmp', 'playground.js');
esbuild.buildSync({
  entryPoints: [path.join(root, 'playground', 'main.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
require(outfile);
