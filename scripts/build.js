// Builds what clasp pushes: dist/Code.js (one minified IIFE plus a top-level stub per exported function), appsscript.json,
// and one self-contained HTML file per sidebar/dialog page (minified client script and CSS inlined). Prints each bundle's
// size; `npm run size` (or `node scripts/build.js --size`) also prints the inputs that weigh most in each bundle, from
// esbuild's metafile, so whoever grows a bundle sees what to cut.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const pagesDir = path.join(root, 'src', 'ui', 'pages');
const GLOBAL = '__app';
const showInputs = process.argv.includes('--size');

// Apps Script's V8 runtime; minifying keeps every string (error messages, sheet names, handler names) as written.
const COMMON = { bundle: true, target: 'es2019', minify: true, treeShaking: true, legalComments: 'none', metafile: true };

/** The names src/main.ts exports: each becomes a top-level function Apps Script can call. */
async function entryExports() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src', 'main.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: dist,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  return output.exports.slice().sort();
}

async function buildServer() {
  const names = await entryExports();
  const stubs = names.map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`).join('\n');
  const result = await esbuild.build({
    ...COMMON,
    entryPoints: [path.join(root, 'src', 'main.ts')],
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile: path.join(dist, 'Code.js'),
    banner: { js: '// Tutoring Toolkit — built bundle. Edit src/, not this file.' },
    // Unminified and one per line: Apps Script lists these by name, and test/support/bundle.ts finds them the same way.
    footer: { js: `\n// Top-level functions Apps Script can call (menus, triggers, google.script.run).\n${stubs}\n` },
    logLevel: 'warning',
  });
  return { names, metafile: result.metafile };
}

function pageNames() {
  return fs
    .readdirSync(pagesDir)
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => f.replace(/\.tsx$/, ''));
}

async function buildPage(name, css) {
  const result = await esbuild.build({
    ...COMMON,
    entryPoints: [path.join(pagesDir, `${name}.tsx`)],
    format: 'iife',
    write: false,
    outdir: dist,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  });
  // A literal "</script" inside the bundle would end the inline script early.
  const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<base target="_top">',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<style>${css}</style>`,
    '</head>',
    `<body><div id="app" data-page="${name}"></div>`,
    `<script>${js}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dist, `${name}.html`), html);
  return { file: `${name}.html`, bytes: Buffer.byteLength(html), metafile: result.metafile, extra: { 'src/ui/styles.css (inlined)': css.length } };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The inputs of one bundle by bytes they put in the output, biggest first, with node_modules grouped per package. */
function heaviestInputs(metafile, extra = {}) {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  const byInput = new Map(Object.entries(extra));
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = input.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = pkg ? `node_modules/${pkg[1]}` : input;
    byInput.set(key, (byInput.get(key) ?? 0) + bytesInOutput);
  }
  return [...byInput].sort((a, b) => b[1] - a[1]);
}

async function main() {
  const started = Date.now();
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });
  const server = await buildServer();
  fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  const rawCss = fs.readFileSync(path.join(root, 'src', 'ui', 'styles.css'), 'utf8');
  const css = (await esbuild.transform(rawCss, { loader: 'css', minify: true })).code.trim();
  const pages = await Promise.all(pageNames().map((p) => buildPage(p, css)));
  const bundles = [{ file: 'Code.js', bytes: fs.statSync(path.join(dist, 'Code.js')).size, metafile: server.metafile, extra: {} }, ...pages];
  console.log(
    `built dist/ in ${Date.now() - started} ms (${server.names.length} top-level functions): ${bundles.map((b) => `${b.file} ${kb(b.bytes)}`).join(', ')}`,
  );
  if (showInputs) {
    for (const b of bundles) {
      console.log(`\n${b.file} ${kb(b.bytes)}, heaviest inputs:`);
      for (const [input, bytes] of heaviestInputs(b.metafile, b.extra).slice(0, 12)) console.log(`  ${kb(bytes).padStart(9)}  ${input}`);
    }
  }
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
