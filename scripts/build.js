// Builds what clasp pushes: dist/Code.js (one IIFE plus a top-level stub per exported function), appsscript.json,
// and one self-contained HTML file per sidebar/dialog page (client script and CSS inlined).
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const pagesDir = path.join(root, 'src', 'ui', 'pages');
const GLOBAL = '__app';

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
  await esbuild.build({
    entryPoints: [path.join(root, 'src', 'main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile: path.join(dist, 'Code.js'),
    banner: { js: '// Tutoring Toolkit — built bundle. Edit src/, not this file.' },
    footer: { js: `\n// Top-level functions Apps Script can call (menus, triggers, google.script.run).\n${stubs}\n` },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return names;
}

function pageNames() {
  return fs
    .readdirSync(pagesDir)
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => f.replace(/\.tsx$/, ''));
}

async function buildPage(name, css) {
  const result = await esbuild.build({
    entryPoints: [path.join(pagesDir, `${name}.tsx`)],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
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
  return html.length;
}

async function main() {
  const started = Date.now();
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });
  const names = await buildServer();
  fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  const css = fs.readFileSync(path.join(root, 'src', 'ui', 'styles.css'), 'utf8');
  const pages = pageNames();
  const sizes = await Promise.all(pages.map((p) => buildPage(p, css)));
  const codeSize = fs.statSync(path.join(dist, 'Code.js')).size;
  const summary = pages.map((p, i) => `${p}.html ${(sizes[i] / 1024).toFixed(1)} KB`).join(', ');
  console.log(
    `built dist/ in ${Date.now() - started} ms: Code.js ${(codeSize / 1024).toFixed(1)} KB (${names.length} top-level functions); ${summary}`,
  );
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
