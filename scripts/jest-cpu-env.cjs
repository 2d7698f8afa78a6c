// A jest test environment that appends each test file's CPU to $JEST_CPU_LOG (TSV: total s, user s, system s,
// waited children s, wall s, file), for finding where the suite's CPU goes: wall times lie on a loaded machine, CPU
// much less. Total = the worker's user + system while the file ran (its module loading included) + the CPU of the
// children it waited for (spawnSync: actionlint, git, bash), read from /proc/self/stat (Linux only).
// Usage: JEST_CPU_LOG=/tmp/cpu.tsv npm run test:unit -- --testEnvironment ./scripts/jest-cpu-env.cjs
//        sort -rn /tmp/cpu.tsv | head -20
const { appendFileSync, readFileSync } = require('node:fs');
const { relative } = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux
function childrenSeconds() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND; // cutime, cstime
}

class CpuEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.file = relative(config.projectConfig.rootDir, context.testPath);
    this.started = { cpu: process.cpuUsage(), children: childrenSeconds(), wall: Date.now() };
  }

  async teardown() {
    const cpu = process.cpuUsage(this.started.cpu);
    const children = childrenSeconds() - this.started.children;
    const user = cpu.user / 1e6;
    const system = cpu.system / 1e6;
    const columns = [user + system + children, user, system, children, (Date.now() - this.started.wall) / 1000].map((s) => s.toFixed(2));
    if (process.env.JEST_CPU_LOG) appendFileSync(process.env.JEST_CPU_LOG, `${[...columns, this.file].join('\t')}\n`);
    await super.teardown();
  }
}

module.exports = CpuEnvironment;
