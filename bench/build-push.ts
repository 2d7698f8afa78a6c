// What does one build-push step cost, and what does the skip path save? On one private dockerd (classic builder,
// vfs), one docker-registry and the simulated ECR in front of it, in the same run:
//   (a) our dist, cold: a new commit with new content → login, build, push 2 tags, digest check;
//   (a') as (a) with oci-labels: false, since the classic builder turns --label into one more build step;
//   (b) our dist again for the same commit: the skip path (no build, no push);
//   (c) the peer most workflows chain today: `aws ecr get-login-password | docker login --password-stdin`,
//       `docker build -t …:<sha> -t …:latest`, `docker push` per tag (awscli v2 with --endpoint-url to the simulator).
// Usage: npx tsx bench/build-push.ts [runs=3] [payloadMiB=8]. Exits 1 if a skip rerun built anything.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CreateRepositoryCommand } from '@aws-sdk/client-ecr';
import { neutralize } from '../actions/common/src/untrusted.js';
import { BuildPushBed, sha } from '../test/integration/build-push-fixture.js';
import { runAwsCli } from '../test/support/awscli.js';

const arg = (name: string, fallback: number) => Number(process.argv.slice(2).find((a) => a.startsWith(`${name}=`))?.split('=')[1] ?? fallback);
const RUNS = arg('runs', 3);
const PAYLOAD_MIB = arg('payloadMiB', 8);
const RUN_BOUND_MS = 900_000;

const watchdog = setTimeout(() => {
  console.error(`build-push bench: still running after ${RUN_BOUND_MS / 1000} s; giving up`);
  process.exit(2);
}, RUN_BOUND_MS);
watchdog.unref();

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [performance.now() - start, value];
}

async function freshContext(bed: BuildPushBed, name: string): Promise<string> {
  const dir = await bed.context(name, `${name}\n`);
  // New random content each run: the COPY layer is new, so every run really builds and uploads it.
  await writeFile(join(dir, 'payload.txt'), randomBytes(PAYLOAD_MIB * 1024 * 1024));
  return dir;
}

async function peer(bed: BuildPushBed, context: string, commit: string): Promise<void> {
  const password = await runAwsCli(['ecr', 'get-login-password'], bed.sim.env());
  if (password.code !== 0) throw new Error(`aws ecr get-login-password failed: ${neutralize(password.stderr)}`);
  await bed.dockerd.docker(['login', '--username', 'AWS', '--password-stdin', bed.host], { input: password.stdout.trim() });
  const refs = [`${bed.host}/bench/peer:${commit}`, `${bed.host}/bench/peer:latest`];
  await bed.dockerd.docker(['build', ...refs.flatMap((r) => ['-t', r]), context]);
  for (const ref of refs) await bed.dockerd.docker(['push', ref]);
}

async function main(): Promise<number> {
  const bed = new BuildPushBed();
  try {
    await bed.start();
    for (const name of ['bench/ours', 'bench/peer']) await bed.ecr.send(new CreateRepositoryCommand({ repositoryName: name }));
    const cold: number[] = [];
    const skip: number[] = [];
    const peers: number[] = [];
    const bare: number[] = [];
    let skipBuilt = 0;
    for (let run = 1; run <= RUNS; run++) {
      const commit = sha(100 + run);
      const context = await freshContext(bed, `ours-${run}`);
      const [coldMs, first] = await timed(() => bed.run({ repository: 'bench/ours', context }, { sha: commit, ref: 'refs/heads/main' }));
      if (first.main.conclusion !== 'success' || first.main.outputs.built !== 'true') throw new Error(`cold run ${run} failed:\n${first.main.log}`);
      cold.push(coldMs);
      const [skipMs, again] = await timed(() => bed.run({ repository: 'bench/ours', context }, { sha: commit, ref: 'refs/heads/main' }));
      if (again.main.conclusion !== 'success') throw new Error(`skip run ${run} failed:\n${again.main.log}`);
      if (again.main.outputs.built !== 'false' || again.main.log.includes('docker build')) skipBuilt += 1;
      skip.push(skipMs);
      const bareContext = await freshContext(bed, `bare-${run}`);
      const [bareMs, noLabels] = await timed(() => bed.run({ repository: 'bench/ours', context: bareContext, 'oci-labels': 'false' }, { sha: sha(200 + run), ref: 'refs/heads/main' }));
      if (noLabels.main.conclusion !== 'success') throw new Error(`oci-labels false run ${run} failed:\n${noLabels.main.log}`);
      bare.push(bareMs);
      const peerContext = await freshContext(bed, `peer-${run}`);
      const [peerMs] = await timed(() => peer(bed, peerContext, commit));
      peers.push(peerMs);
      console.error(`run ${run}: cold ${seconds(coldMs)}, skip ${seconds(skipMs)}, no OCI labels ${seconds(bareMs)}, peer ${seconds(peerMs)}`);
    }
    console.log(`\n### build-push: ${RUNS} runs, FROM scratch + ${PAYLOAD_MIB} MiB layer, 2 tags, classic builder (vfs), loopback registry\n`);
    console.log('| Step | Median | Runs |');
    console.log('| --- | --- | --- |');
    console.log(`| (a) build-push, new commit: login + build + push 2 tags + digest check (main + post step) | ${seconds(median(cold))} | ${cold.map(seconds).join(', ')} |`);
    console.log(`| (b) build-push, same commit again: skip path | ${seconds(median(skip))} | ${skip.map(seconds).join(', ')} |`);
    console.log(`| (a') as (a) with oci-labels: false (the peer adds no labels either) | ${seconds(median(bare))} | ${bare.map(seconds).join(', ')} |`);
    console.log(`| (c) peer: aws ecr get-login-password \\| docker login; docker build; docker push × 2 | ${seconds(median(peers))} | ${peers.map(seconds).join(', ')} |`);
    console.log(`\nThe skip path saves ${seconds(median(cold) - median(skip))} per rerun (median), ${Math.round((1 - median(skip) / median(cold)) * 100)}% of a cold run.`);
    if (skipBuilt > 0) {
      console.error(`FAIL: ${skipBuilt} skip rerun(s) built the image`);
      return 1;
    }
    return 0;
  } finally {
    await bed.stop();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error);
  return 1;
});
