// Starts the heaviest suites first, by the durations of a recorded clean-clone CI run (scripts/jest-durations.json):
// on a clean clone jest has no timing cache and orders by file size, so a two-minute sweep could start last and run
// alone on one core while the other idles. Suites not in the file keep jest's own order after the known ones.
// Refresh the file from a CI log: `node scripts/jest-durations.js <log>`.
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const durations = require('./jest-durations.json');

const root = path.join(__dirname, '..');
const known = (test) => durations[path.relative(root, test.path).split(path.sep).join('/')] ?? -1;

class HeaviestFirst extends Sequencer {
  async sort(tests) {
    const base = await super.sort(tests);
    // Array.prototype.sort is stable: the unknown ones (-1) keep jest's order among themselves.
    return [...base].sort((a, b) => known(b) - known(a));
  }
}

module.exports = HeaviestFirst;
