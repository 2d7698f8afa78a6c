import type { Simulator } from './simulator.js';

/** Variables that would point an SDK somewhere else or change how it finds credentials. */
const CLEARED = ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'];

/**
 * Points unmodified SDK v3 clients at the simulator through the standard environment only
 * (AWS_ENDPOINT_URL_<SERVICE>, region, fake keys). The SDK reads some of these lazily, at the first
 * request, so keep them set for as long as clients are in use; call the returned function to restore.
 */
export function useSimulatorEnv(sim: Simulator): () => void {
  const vars = sim.env();
  const keys = [...new Set([...Object.keys(vars), ...CLEARED])];
  const saved = new Map(keys.map((key) => [key, process.env[key]]));
  for (const key of CLEARED) delete process.env[key];
  // Nothing on disk either: a developer's ~/.aws must not leak into the tests.
  process.env.AWS_CONFIG_FILE = '/nonexistent/aws-config';
  process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/aws-credentials';
  Object.assign(process.env, vars);
  return () => {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
