// jest's test sequencer (the `testSequencer` option of jest.config.js), with a committed duration for each test file
// where jest has none of its own. Jest starts the files it has timed longest-first, from a cache it writes after
// each run; a file it has no time for (a fresh clone, as CI always is, or another cache folder) goes first, and
// among those the largest file first. Size says little here: a small cancel test file that waits on real time for
// ~20 s was seen starting 40.6 s into a run and ending it at 59.7 s, when it could have overlapped everything from
// the first second. So a file's time is jest's own when it has one, else scripts/test-durations.json
// (seconds per file from a whole `npm test` run, written by `node scripts/test-timings.mjs <report> --write`).
// A file in neither (a new one) still goes first, as jest would have it.
const { readFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const root = join(__dirname, '..');

function committedDurations() {
  try {
    return JSON.parse(readFileSync(join(__dirname, 'test-durations.json'), 'utf8')).seconds ?? {};
  } catch {
    return {};
  }
}

class CommittedDurationSequencer extends Sequencer {
  constructor(...args) {
    super(...args);
    this.committed = committedDurations();
  }

  time(test) {
    const cached = super.time(test);
    if (cached !== undefined) return cached;
    const seconds = this.committed[relative(root, test.path).split('\\').join('/')];
    return typeof seconds === 'number' ? seconds * 1000 : undefined;
  }
}

module.exports = CommittedDurationSequencer;
