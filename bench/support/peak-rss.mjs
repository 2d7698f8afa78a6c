// Preloaded into s3-spa-deploy's process by the s3-sync benchmark (NODE_OPTIONS=--import=…): at exit, writes the
// process's peak resident set (KiB, getrusage's ru_maxrss) to BENCH_PEAK_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
