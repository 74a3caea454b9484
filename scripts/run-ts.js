// Loads a TypeScript entry (the playground, a bench) in Node: bundled by esbuild with packages left external.
const esbuild = require('esbuild');
const path = require('node:path');

const root = path.join(__dirname, '..');

/** Bundles `entry` into .tmp/<name>.js and requires it. */
function requireTs(entry, name) {
  const outfile = path.join(root, '.tmp', `${name}.js`);
  esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return require(outfile);
}

module.exports = { requireTs };
