// `npm start`: builds the add-on, then serves the local playground (no Google account needed).
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { requireTs } = require('./run-ts');

execFileSync('node', [path.join(__dirname, 'build.js')], { stdio: 'inherit' });
requireTs(path.join(__dirname, '..', 'playground', 'main.ts'), 'playground');
