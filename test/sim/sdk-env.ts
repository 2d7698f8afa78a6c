import { afterAll, beforeAll } from '@jest/globals';
import { startSimulator, type Simulator, type SimulatorOptions } from './simulator.js';

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

type ClientFactories = Record<string, () => { destroy(): void }>;

export interface SimulatorFixtureOptions<Factories extends ClientFactories> extends SimulatorOptions {
  /** SDK clients to build once the environment points at the simulator, each readable on the fixture by its key. */
  clients?: Factories;
}

/** `sim` and each client are readable from the fixture's beforeAll until its afterAll; earlier reads throw. */
export type SimulatorFixture<Factories extends ClientFactories> =
  { readonly sim: Simulator } & { readonly [Name in keyof Factories]: ReturnType<Factories[Name]> };

/**
 * Registers jest hooks that start a simulator for the calling test file, point the SDK environment at it and
 * build the file's clients; afterwards the clients are destroyed before the environment is restored and the
 * simulator stopped, so no client outlives the server it talks to. The clock is frozen (`clockSpeed: 0`)
 * unless the options say otherwise, so sim time moves only when a test advances it.
 * Call at the top of a file, before its own hooks: jest runs beforeAll hooks in the order they were registered.
 */
export function withSimulator<Factories extends ClientFactories = Record<never, never>>(
  options: SimulatorFixtureOptions<Factories> = {},
): SimulatorFixture<Factories> {
  const { clients, ...simulatorOptions } = options;
  const factories: ClientFactories = clients ?? {};
  if ('sim' in factories) throw new Error('withSimulator: "sim" is the simulator itself; give the client another name');
  let sim: Simulator | undefined;
  let restoreEnv: (() => void) | undefined;
  const built = new Map<string, { destroy(): void }>();

  beforeAll(async () => {
    sim = await startSimulator({ clockSpeed: 0, ...simulatorOptions });
    restoreEnv = useSimulatorEnv(sim);
    for (const [name, makeClient] of Object.entries(factories)) built.set(name, makeClient());
  });

  afterAll(async () => {
    for (const client of built.values()) client.destroy();
    restoreEnv?.();
    await sim?.stop();
  });

  const ready = <T>(name: string, value: T | undefined): T => {
    if (value === undefined) throw new Error(`withSimulator: "${name}" is read before the fixture's beforeAll has run`);
    return value;
  };
  const fixture = {};
  Object.defineProperty(fixture, 'sim', { get: () => ready('sim', sim), enumerable: true });
  for (const name of Object.keys(factories)) {
    Object.defineProperty(fixture, name, { get: () => ready(name, built.get(name)), enumerable: true });
  }
  return fixture as SimulatorFixture<Factories>;
}
