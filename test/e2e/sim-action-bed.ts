// What the e2e beds of the ECS actions share: one simulator and a test-side ECS client per test file, the
// committed dist run through the harness against it, and the calls made since the bed was last set up.
import { ECSClient } from '@aws-sdk/client-ecs';
import { Agent } from 'node:http';
import { type ActionResult, resolveNode24, runAction, type RunningAction, startAction } from '../harness/index.js';
import { TEST_CLOCK_VARIABLE } from '../../actions/common/src/test-clock.js';
import { type RecordedCall, type Simulator, type SimulatorOptions, startSimulator } from '../sim/index.js';

export { TEST_CLOCK_VARIABLE };

/**
 * A Node 24 binary, the runtime action.yml declares (`using: node24`), for a run that needs what Node 24 has: the node
 * running the tests when it is one (scripts/jest.mjs runs jest on Node 24), which spares the `npx -y node@24` of
 * resolveNode24 (~1.7 s of CPU per test file); resolveNode24 otherwise.
 */
export function runtimeNode24(): Promise<string> {
  return process.versions.node.split('.')[0] === '24' ? Promise.resolve(process.execPath) : resolveNode24();
}

/** Environment variables of a run: `undefined` removes one (the harness's convention). */
export type RunEnv = Record<string, string | undefined>;

/**
 * A run's env on a fast-clock bed that keeps the action on real time: cancellation tests, whose window (the runner's
 * SIGINT → SIGTERM → SIGKILL) is real time, and a run that must see the production waits.
 */
export const REAL_TIME: RunEnv = { [TEST_CLOCK_VARIABLE]: undefined };

/** The env that runs an action's clock `speed` times faster than real time (actions/common/src/test-clock.ts). */
export const actionClockSpeed = (speed: number): RunEnv => ({ [TEST_CLOCK_VARIABLE]: String(speed) });

export class SimulatedActionBed {
  private simulator?: Simulator;
  private client?: ECSClient;
  private mark = 0;

  /**
   * `defaults` are inputs every run gets unless the test gives its own (e.g. cluster and service); `env`, variables
   * every run gets on top of the simulator's (e.g. an action's test knob), unless a run overrides them.
   */
  constructor(
    private readonly actionDir: string, private readonly clockSpeed: number, private readonly defaults: Record<string, string>,
    private readonly env: RunEnv = {},
  ) {}

  get sim(): Simulator {
    if (!this.simulator) throw new Error('the simulator starts in beforeAll');
    return this.simulator;
  }

  get ecs(): ECSClient {
    if (!this.client) throw new Error('the ECS client is built in beforeAll');
    return this.client;
  }

  async start(options: SimulatorOptions): Promise<void> {
    this.simulator = await startSimulator({ clockSpeed: this.clockSpeed, ...options });
    const env = this.simulator.env();
    // The test's own client: no retries, so a fault left active would show instead of hiding. A connection per call:
    // reusing one the simulator is closing as idle (5 s keep-alive) gave ECONNRESET on a loaded machine, where the
    // client's event loop can be too late to drop the socket first.
    this.client = new ECSClient({
      region: env.AWS_REGION, endpoint: this.simulator.endpoint, maxAttempts: 1, requestHandler: { httpAgent: new Agent({ keepAlive: false }) },
      credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID as string, secretAccessKey: env.AWS_SECRET_ACCESS_KEY as string },
    });
  }

  async stop(): Promise<void> {
    this.client?.destroy();
    await this.simulator?.stop();
  }

  /** From now on `calls()` and `allCalls()` show only what comes after (the action's calls, and the test's own). */
  protected markCalls(): void {
    this.mark = Math.max(0, ...this.sim.control.calls().map((c) => c.seq));
  }

  calls(operation: string, service = 'ecs'): RecordedCall[] {
    return this.sim.control.calls({ service, operation, afterSeq: this.mark });
  }

  allCalls(): RecordedCall[] {
    return this.sim.control.calls({ afterSeq: this.mark });
  }

  /** Harness options: the simulator's environment, and no AWS profile or credentials file of the machine. */
  options(inputs: Record<string, string>, timeoutMs: number, env: RunEnv = {}) {
    return {
      actionDir: this.actionDir,
      with: { ...this.defaults, ...inputs },
      env: {
        ...this.sim.env(),
        AWS_PROFILE: undefined, AWS_SESSION_TOKEN: undefined, AWS_ENDPOINT_URL: undefined,
        AWS_CONFIG_FILE: '/nonexistent/aws-config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
        ...this.env, ...env,
      },
      timeoutMs,
    };
  }

  protected async runDist(inputs: Record<string, string>, timeoutMs: number, env?: RunEnv): Promise<ActionResult> {
    const result = await runAction(this.options(inputs, timeoutMs, env));
    await result.dispose();
    return result;
  }

  protected startDist(inputs: Record<string, string>, timeoutMs: number, env?: RunEnv): RunningAction {
    return startAction(this.options(inputs, timeoutMs, env));
  }
}
