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

/**
 * Modules that hold only data (plain objects, arrays, strings) too large to parse on every execution. In Code.js each
 * becomes a stub whose small fields stay inline and whose large ones are read on first use from a data file the build
 * writes next to the pages (dist/data-<name>.html, JSON), with HtmlService.createHtmlOutputFromFile(name).getContent():
 * https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String) and
 * https://developers.google.com/apps-script/reference/html/html-output#getContent(). Sources, jest and pages use the
 * modules as written. Add a module here to move its text out of Code.js; the exports must be data, never functions.
 */
const DATA_MODULES = [
  'src/core/templates/goal-setting-conference.ts',
  'src/core/templates/mentoring-session-plan.ts',
  'src/core/templates/tutor-coaching.ts',
  'src/core/templates/peer-coaching-programme.ts',
  'src/core/templates/tier3-weekly-meeting.ts',
  // The header notes and sheet purposes of every workbook table: only setup and upgrade write them, so nothing stays inline.
  { file: 'src/core/setup/table-notes.ts', inlineBytes: 0 },
  // The descriptions Drive shows on provisioned folders and team workbooks: only provisioning and the upgrade write them.
  { file: 'src/core/drive-descriptions.ts', inlineBytes: 0 },
].map((m) => (typeof m === 'string' ? { file: m } : m));
/** Fields (or whole exports) whose JSON is at most this long stay inline: ids and titles are read without a file read. */
const INLINE_BYTES = 240;

/**
 * Apps Script's V8 runtime takes ES2020 (`?.` and `??` as written, about 9 KB less than lowering them): Google's own
 * Apps Script project template, google/aside (github.com/google/aside), copies its tsconfig.json ("target": "es2020",
 * since its first commit, 2023-03-20) and rollup.config.mjs (rollup-plugin-typescript2 on that tsconfig) into every
 * project it creates and deploys the result with `clasp push`; the V8 runtime guide promises "modern ECMAScript syntax"
 * (https://developers.google.com/apps-script/guides/v8-runtime). Minifying keeps every string (error messages, sheet
 * names, handler names) as written.
 */
const COMMON = {
  bundle: true,
  target: 'es2020',
  minify: true,
  treeShaking: true,
  legalComments: 'none',
  metafile: true,
  charset: 'utf8',
  drop: ['debugger'],
};

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

/** Shared by every stub: one counted HtmlService read per data file, and an array or object that reads itself when first touched. */
const DATA_RUNTIME = `
export const readData = (name) => JSON.parse(HtmlService.createHtmlOutputFromFile(name).getContent());
export const lazyArray = (get) => new Proxy([], {
  get: (_, k) => { const a = get(); const v = a[k]; return typeof v === 'function' ? v.bind(a) : v; },
  has: (_, k) => k in get(),
  ownKeys: () => Reflect.ownKeys(get()),
  getOwnPropertyDescriptor: (_, k) => Reflect.getOwnPropertyDescriptor(get(), k),
});
export const lazyObject = (get) => new Proxy({}, {
  get: (_, k) => get()[k],
  has: (_, k) => k in get(),
  ownKeys: () => Reflect.ownKeys(get()),
  getOwnPropertyDescriptor: (_, k) => Reflect.getOwnPropertyDescriptor(get(), k),
});
`;

/** The exported values of one data module, evaluated at build time. */
async function dataExports(file) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, file)],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  for (const [name, value] of Object.entries(module.exports)) {
    if (typeof value === 'function') throw new Error(`${file} exports ${name}, a function: data modules hold data only`);
  }
  return module.exports;
}

/** Set per module while its stub is written (a module may ask for a smaller limit: `inlineBytes`). */
let inlineBytes = INLINE_BYTES;
const inline = (value) => JSON.stringify(value).length <= inlineBytes;

/**
 * The JavaScript for one exported value in the stub, `ref` being the expression that reads it from the data file. Small
 * values stay inline; an object's large fields become getters; a large array keeps its items (each one an object with
 * getters), so code that maps over titles at load time reads no file; any other large value reads the file when touched.
 */
function stubValue(value, ref, top) {
  if (inline(value)) return JSON.stringify(value);
  if (Array.isArray(value) && top) return `[${value.map((item, i) => stubValue(item, `${ref}[${i}]`, false)).join(', ')}]`;
  if (Array.isArray(value)) return `/* @__PURE__ */ lazyArray(() => ${ref})`;
  // An object with nothing to keep inline is one proxy: shorter in Code.js than a getter per field.
  if (value && typeof value === 'object' && Object.values(value).every((field) => !inline(field))) {
    return `/* @__PURE__ */ lazyObject(() => ${ref})`;
  }
  if (value && typeof value === 'object') {
    const fields = Object.entries(value).map(([key, field]) =>
      inline(field) ? `${JSON.stringify(key)}: ${JSON.stringify(field)}` : `get ${JSON.stringify(key)}() { return ${ref}[${JSON.stringify(key)}]; }`,
    );
    return `{ ${fields.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** The stub Code.js holds instead of a data module, and the data file (JSON) it reads once per execution when needed. */
function dataStub({ file, inlineBytes: limit = INLINE_BYTES }, exports) {
  inlineBytes = limit;
  const fileName = `data-${path.basename(file).replace(/\.ts$/, '')}`;
  const data = {};
  const lines = [
    "import { readData, lazyArray, lazyObject } from 'data-modules:runtime';",
    'let cache;',
    `const load = () => cache || (cache = readData(${JSON.stringify(fileName)}));`,
  ];
  for (const [name, value] of Object.entries(exports)) {
    if (!inline(value)) data[name] = value;
    lines.push(`export const ${name} = ${stubValue(value, `load()[${JSON.stringify(name)}]`, true)};`);
  }
  // "<" escaped so the file holds no markup; JSON.parse reads \u003c back as "<".
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return { fileName, json, stub: lines.join('\n') };
}

/** The esbuild plugin that swaps each data module for its stub and collects the data files to write. */
async function dataModulesPlugin(files) {
  const stubs = new Map();
  for (const module of DATA_MODULES) {
    const built = dataStub(module, await dataExports(module.file));
    stubs.set(path.join(root, module.file), built);
    files.push(built);
  }
  return {
    name: 'data-modules',
    setup(build) {
      build.onResolve({ filter: /^data-modules:runtime$/ }, () => ({ path: 'runtime', namespace: 'data-modules' }));
      build.onLoad({ filter: /.*/, namespace: 'data-modules' }, () => ({ contents: DATA_RUNTIME, loader: 'js' }));
      build.onLoad({ filter: /\.ts$/ }, (args) => (stubs.has(args.path) ? { contents: stubs.get(args.path).stub, loader: 'js' } : undefined));
    },
  };
}

/**
 * Every message catalog's Dutch half in Code.js becomes a proxy that reads one data file (dist/data-i18n-nl.html, JSON
 * keyed by module and call) on first use, so an English execution reads nothing and a Dutch one reads it once. Any
 * server-side module that calls `defineMessages(en, nl)` is rewritten at build time (no list to keep: a new messages
 * file is picked up as it is); English stays inline, being the fallback of every message. Pages keep their catalogs
 * inline: they are built without this plugin. A Dutch menu reads the file in onOpen's AuthMode.LIMITED: HtmlService
 * needs no scope, and LIMITED refuses only services that need authorization
 * (https://developers.google.com/apps-script/reference/script/auth-mode); the NONE menu is English and reads nothing.
 */
const I18N_NL_FILE = 'data-i18n-nl';

/**
 * The message modules (under src/core/i18n/messages/, without `.ts`) whose English half ALSO moves out of Code.js, to
 * dist/data-i18n-en.html (keyed like the Dutch file), read on the first English message of one of them, once per
 * execution. How to choose: only catalogs that rarely-run actions alone say (coordinator jobs and dialogs), since each
 * such execution pays one more file read; measure what a module's English weighs in Code.js (`node scripts/build.js
 * --size` prints `English moved`), and leave out any catalog a hot path says (onOpen's menus, the tutor sidebar's
 * roster, glance, note and conference saves, questions) or whose `.en` a module reads when it loads (template-sidebar's
 * BUILT_IN_USED does): test/bundle/i18n-en.test.ts runs the hot paths from the bundle in English and fails if any reads
 * a data file. A module not listed (or added later) keeps its English inline; an empty list changes nothing. `t` reads
 * the proxies as it reads objects (`byLocale[locale][key] ?? en[key] ?? key`), so a Dutch message missing still falls
 * back to English.
 */
const I18N_EN_FILE = 'data-i18n-en';
const LAZY_ENGLISH = [
  'access-report', // the Access Report job
  'drive-warnings', // Drive provisioning, the upgrade and generated documents' owner checks
  'weekly', // the weekly preparation dialog's server replies
  'runs', // the weekly preparation's run log
  'share-materials', // the share-materials dialog's server replies
  'progress-report', // family progress reports (coordinator dialog)
  'progress-report-job', // the progress-report job
  'jobs', // a job's status line, read by the dialogs that poll a job
  'upgrade-job', // the upgrade job's outcome and refusals
];
const ts = require('typescript');

/**
 * The source ranges of the `en` and `nl` arguments of each `defineMessages(en, nl)` call in one module, in source
 * order.
 */
function catalogArguments(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineMessages') {
      if (node.arguments.length !== 2) throw new Error(`${file}: defineMessages takes (en, nl); found ${node.arguments.length} arguments`);
      const [en, nl] = node.arguments;
      found.push({ en: { start: en.getStart(source), end: en.end }, nl: { start: nl.getStart(source), end: nl.end } });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `text` with each range replaced by `replace(range, the range's text)`; ranges in source order, not overlapping. */
function spliceRanges(text, ranges, replace) {
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start) + replace(r, text.slice(r.start, r.end));
    at = r.end;
  }
  return out + text.slice(at);
}

/** Each call's en and nl ranges, tagged with the call index and the half, in source order. */
const halves = (calls) =>
  calls.flatMap((c, i) => [
    { ...c.en, i, half: 'en' },
    { ...c.nl, i, half: 'nl' },
  ]);

/** Runs one module at build time with each argument captured: the English and Dutch catalogs it defines, by call index. */
async function evaluateCatalogs(file, calls) {
  const instrumented = spliceRanges(fs.readFileSync(file, 'utf8'), halves(calls), (r, arg) => `__collect(${r.i}, "${r.half}", ${arg})`);
  const result = await esbuild.build({
    stdin: { contents: instrumented, resolveDir: path.dirname(file), sourcefile: file, loader: 'ts' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const collected = new Map();
  const module = { exports: {} };
  new Function('module', 'exports', '__collect', result.outputFiles[0].text)(module, module.exports, (i, half, value) => {
    collected.set(`${i}${half}`, value);
    return value;
  });
  return calls.map((_, i) => {
    if (!collected.has(`${i}nl`))
      throw new Error(`${file}: defineMessages call ${i + 1} did not run when the module loaded; catalogs must be module-level`);
    return { en: collected.get(`${i}en`), nl: collected.get(`${i}nl`) };
  });
}

/** The lazy half of a catalog: a proxy reading `key` from one data file, read once per execution. */
const lazyRuntime = (name, file) =>
  [
    `let ${name}Cache;`,
    `export const ${name} = (key) => /* @__PURE__ */ lazyObject(() => (${name}Cache || (${name}Cache = readData(${JSON.stringify(file)})))[key]);`,
  ].join('\n');

/** Each catalog Code.js kept, with its English JSON's length and whether it moved to the English file (for --size). */
const catalogEnglish = [];

function i18nPlugin(files) {
  const byHalf = { nl: {}, en: {} };
  const englishOf = new Map();
  const owners = new Map();
  const lazyEnglish = new Set(LAZY_ENGLISH);
  const unusedList = new Set(LAZY_ENGLISH);
  return {
    name: 'i18n',
    setup(build) {
      build.onResolve({ filter: /^i18n:runtime$/ }, () => ({ path: 'runtime', namespace: 'i18n' }));
      build.onLoad({ filter: /.*/, namespace: 'i18n' }, () => ({
        contents: [
          "import { readData, lazyObject } from 'data-modules:runtime';",
          lazyRuntime('lazyNl', I18N_NL_FILE),
          lazyRuntime('lazyEn', I18N_EN_FILE),
        ].join('\n'),
        loader: 'js',
        resolveDir: root,
      }));
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path === path.join(root, 'src', 'core', 'i18n', 'catalog.ts')) return undefined;
        const text = fs.readFileSync(args.path, 'utf8');
        if (!text.includes('defineMessages')) return undefined;
        const calls = catalogArguments(args.path, text);
        if (calls.length === 0) return undefined;
        const values = await evaluateCatalogs(args.path, calls);
        const name = path
          .relative(path.join(root, 'src'), args.path)
          .replace(/\.ts$/, '')
          .replace(/^core\/i18n\/messages\//, '');
        const english = lazyEnglish.has(name);
        unusedList.delete(name);
        const keys = calls.map((_, i) => (i === 0 ? name : `${name}#${i}`));
        keys.forEach((key, i) => {
          if (owners.has(key) && owners.get(key) !== args.path) throw new Error(`${args.path}: its catalog key ${key} is ${owners.get(key)}'s too`);
          owners.set(key, args.path);
          byHalf.nl[key] = values[i].nl;
          if (english) byHalf.en[key] = values[i].en;
          englishOf.set(key, { bytes: JSON.stringify(values[i].en).length, lazy: english });
        });
        const lazy = halves(calls).filter((r) => r.half === 'nl' || english);
        const replaced = spliceRanges(text, lazy, (r) => `/* @__PURE__ */ ${r.half === 'nl' ? 'lazyNl' : 'lazyEn'}(${JSON.stringify(keys[r.i])})`);
        return { contents: `import { lazyNl, lazyEn } from 'i18n:runtime';\n${replaced}`, loader: 'ts' };
      });
      // Only the catalogs Code.js kept: a page's catalog its server module also declares is tree-shaken with its key.
      build.onEnd((result) => {
        // A name no server module loads (a typo, or a catalog no longer used) moves nothing: said, not fatal.
        if (unusedList.size > 0) console.warn(`LAZY_ENGLISH names no message module Code.js loads: ${[...unusedList].join(', ')}`);
        const code = result.outputFiles?.[0]?.text ?? '';
        for (const [half, file] of [
          ['nl', I18N_NL_FILE],
          ['en', I18N_EN_FILE],
        ]) {
          const kept = Object.keys(byHalf[half]).filter((key) => code.includes(JSON.stringify(key)));
          const sorted = Object.fromEntries(kept.sort().map((k) => [k, byHalf[half][k]]));
          files.push({ fileName: file, json: JSON.stringify(sorted).replace(/</g, '\\u003c') });
        }
        catalogEnglish.length = 0;
        for (const [key, size] of englishOf) if (code.includes(JSON.stringify(key))) catalogEnglish.push({ key, ...size });
        catalogEnglish.sort((a, b) => b.bytes - a.bytes);
      });
    },
  };
}

async function buildServer() {
  const dataFiles = [];
  const names = await entryExports();
  const stubs = names.map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`).join('\n');
  const result = await esbuild.build({
    ...COMMON,
    entryPoints: [path.join(root, 'src', 'main.ts')],
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    outfile: path.join(dist, 'Code.js'),
    banner: { js: '// Tutoring Toolkit — built bundle. Edit src/, not this file.' },
    // Unminified and one per line: Apps Script lists these by name, and test/support/bundle.ts finds them the same way.
    footer: { js: `\n// Top-level functions Apps Script can call (menus, triggers, google.script.run).\n${stubs}\n` },
    plugins: [await dataModulesPlugin(dataFiles), i18nPlugin(dataFiles)],
    logLevel: 'warning',
  });
  writeDist('Code.js', result.outputFiles[0].text);
  for (const f of dataFiles) writeDist(`${f.fileName}.html`, f.json);
  return { names, metafile: result.metafile, dataFiles };
}

function pageNames() {
  return fs
    .readdirSync(pagesDir)
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => f.replace(/\.tsx$/, ''));
}

/**
 * Pages run in the browser, not in Apps Script: Google Workspace supports the current and previous major release of each
 * browser (https://support.google.com/a/answer/33864), all ES2020, so `?.` and `??` stay as written (about 1 KB a page).
 */
const PAGE_TARGET = 'es2020';

async function buildPage(name, css) {
  const result = await esbuild.build({
    ...COMMON,
    target: PAGE_TARGET,
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
  writeDist(`${name}.html`, html);
  return { file: `${name}.html`, bytes: Buffer.byteLength(html), metafile: result.metafile, extra: { 'src/ui/styles.css (inlined)': css.length } };
}

const partsDir = path.join(root, 'src', 'ui', 'parts');

/**
 * In a page part, preact is the page's own (window.__ttShared, set by src/ui/part-loader.tsx): one renderer, one hooks
 * state. Only these names are shared (the same list is in part-loader.tsx; test/bundle checks both agree): a part that
 * imports any other fails to build here instead of finding undefined in the browser.
 */
const PART_SHARED = {
  preact: ['Fragment', 'createElement', 'h'],
  'preact/hooks': ['useCallback', 'useEffect', 'useMemo', 'useRef', 'useState'],
  'preact/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
};
const sharedPreact = {
  name: 'page-shared',
  setup(build) {
    build.onResolve({ filter: /^preact(\/hooks|\/jsx-runtime)?$/ }, (args) => ({ path: args.path, namespace: 'page-shared' }));
    build.onLoad({ filter: /.*/, namespace: 'page-shared' }, (args) => ({
      contents: [
        `const m = window.__ttShared[${JSON.stringify(args.path)}];`,
        ...PART_SHARED[args.path].map((n) => `export const ${n} = m.${n};`),
      ].join('\n'),
      loader: 'js',
    }));
  },
};

/**
 * A page part (src/ui/parts/<name>.ts[x]): a piece of a page built on its own, written as dist/part-<name>.html (its
 * script text), served by the getPagePart server function and run by the page when it needs it; its exports land in
 * window.__ttParts[name].
 */
async function buildPart(file) {
  const name = file.replace(/\.tsx?$/, '');
  const result = await esbuild.build({
    ...COMMON,
    target: PAGE_TARGET,
    entryPoints: [path.join(partsDir, file)],
    format: 'iife',
    globalName: '__ttPart',
    write: false,
    outdir: dist,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [sharedPreact],
    footer: { js: `(window.__ttParts = window.__ttParts || {})[${JSON.stringify(name)}] = __ttPart;` },
    logLevel: 'warning',
  });
  const js = result.outputFiles[0].text;
  writeDist(`part-${name}.html`, js);
  return { file: `part-${name}.html`, bytes: Buffer.byteLength(js), metafile: result.metafile, extra: {} };
}

/**
 * Files written this run. Each is written beside its place and renamed into it, and only files this run did not write
 * are removed at the end, so tests reading dist/ while another build runs never find a file missing or half written.
 */
const written = new Set();
function writeDist(name, content) {
  const tmp = path.join(dist, `.${name}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, path.join(dist, name));
  written.add(name);
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
  fs.mkdirSync(dist, { recursive: true });
  const server = await buildServer();
  writeDist('appsscript.json', fs.readFileSync(path.join(root, 'appsscript.json')));
  const rawCss = fs.readFileSync(path.join(root, 'src', 'ui', 'styles.css'), 'utf8');
  const css = (await esbuild.transform(rawCss, { loader: 'css', minify: true })).code.trim();
  const pages = await Promise.all(pageNames().map((p) => buildPage(p, css)));
  const partFiles = fs.existsSync(partsDir) ? fs.readdirSync(partsDir).filter((f) => /\.tsx?$/.test(f)) : [];
  const parts = await Promise.all(partFiles.map(buildPart));
  // What an earlier build wrote and this one did not (a renamed page, a dropped part) goes.
  for (const f of fs.readdirSync(dist)) if (!written.has(f) && !f.endsWith('.tmp')) fs.rmSync(path.join(dist, f), { recursive: true, force: true });
  const bundles = [
    { file: 'Code.js', bytes: fs.statSync(path.join(dist, 'Code.js')).size, metafile: server.metafile, extra: {} },
    ...pages,
    ...parts,
  ];
  console.log(
    `built dist/ in ${Date.now() - started} ms (${server.names.length} top-level functions): ${bundles.map((b) => `${b.file} ${kb(b.bytes)}`).join(', ')}`,
  );
  if (showInputs) {
    for (const b of bundles) {
      console.log(`\n${b.file} ${kb(b.bytes)}, heaviest inputs:`);
      for (const [input, bytes] of heaviestInputs(b.metafile, b.extra).slice(0, 12)) console.log(`  ${kb(bytes).padStart(9)}  ${input}`);
    }
    const moved = catalogEnglish.filter((c) => c.lazy).reduce((sum, c) => sum + c.bytes, 0);
    console.log(`\nmessage catalogs in Code.js by English size (English moved to ${I18N_EN_FILE}.html: ${kb(moved)}):`);
    for (const c of catalogEnglish) console.log(`  ${kb(c.bytes).padStart(9)}  ${c.key}${c.lazy ? `  (English moved)` : ''}`);
  }
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
