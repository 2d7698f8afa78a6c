// What the e2e beds of the ECS actions share: one simulator and a test-side ECS client per test file, the
// committed dist run through the harness against it, and the calls made since the bed was last set up.
import type * as Ecs from '@aws-sdk/client-ecs';
import { request } from 'node:http';
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

/**
 * A value as an awsJson1.1 or REST-JSON answer holds it: timestamps stay epoch seconds, where the SDK, which knows
 * the model, would make them Dates.
 */
export type Wire<T> = T extends Date ? number : T extends Array<infer E> ? Array<Wire<E>> : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

/** Operation name → [input, output] as the SDK types them (type-only: the SDK is not loaded). */
type Operations = Record<string, [object, object]>;
type Output<O extends [object, object]> = Wire<Omit<O[1], '$metadata'>>;

/** The test side's client of one simulated service: `send('RunTask', { ... })`. */
export interface SimApiClient<Ops extends Operations> {
  send<K extends keyof Ops & string>(operation: K, input: Ops[K][0]): Promise<Output<Ops[K]>>;
}

/** The ECS operations the beds and tests call themselves. */
export interface EcsOperations extends Operations {
  CreateCluster: [Ecs.CreateClusterCommandInput, Ecs.CreateClusterCommandOutput];
  CreateService: [Ecs.CreateServiceCommandInput, Ecs.CreateServiceCommandOutput];
  DescribeServiceDeployments: [Ecs.DescribeServiceDeploymentsCommandInput, Ecs.DescribeServiceDeploymentsCommandOutput];
  DescribeServices: [Ecs.DescribeServicesCommandInput, Ecs.DescribeServicesCommandOutput];
  DescribeTaskDefinition: [Ecs.DescribeTaskDefinitionCommandInput, Ecs.DescribeTaskDefinitionCommandOutput];
  DescribeTasks: [Ecs.DescribeTasksCommandInput, Ecs.DescribeTasksCommandOutput];
  ListTaskDefinitions: [Ecs.ListTaskDefinitionsCommandInput, Ecs.ListTaskDefinitionsCommandOutput];
  ListTasks: [Ecs.ListTasksCommandInput, Ecs.ListTasksCommandOutput];
  RegisterTaskDefinition: [Ecs.RegisterTaskDefinitionCommandInput, Ecs.RegisterTaskDefinitionCommandOutput];
  RunTask: [Ecs.RunTaskCommandInput, Ecs.RunTaskCommandOutput];
}

interface WireAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * The test side's calls to the simulator, which builds the fixtures and reads state back, without the AWS SDK: the
 * awsJson1.1 services in-process through `control.invoke`, REST-JSON by hand over HTTP. Loading an SDK client costs
 * each test file ~0.25 s of CPU (jest loads modules anew per file), and what it would check, that the SDK and the
 * simulator agree on the wire, the simulator's own tests and the dists' runs check. Like the SDK client it replaced:
 * no retries, so a fault left active shows instead of hiding. Over HTTP, a connection per call (reusing one the
 * simulator is closing as idle gave ECONNRESET on a loaded machine), and the credential scope names the service and
 * region as SigV4 would; the simulator records it and checks no signature.
 */
export class SimApi {
  /**
   * `invoke` is the simulator's `control.invoke` (same process): awsJson1.1 calls skip HTTP and SigV4 and run the
   * same operation, faults and call record at a fraction of the worker's CPU. REST-JSON calls go over HTTP.
   */
  constructor(
    private readonly endpoint: string, private readonly region: string, private readonly accessKeyId: string,
    private readonly invoke: (service: string, operation: string, input?: Record<string, unknown>) => Promise<unknown>,
  ) {}

  /** A client of an awsJson1.1 service, by its SigV4 signing name (ecs, codedeploy, events). */
  json<Ops extends Operations>(signingName: string): SimApiClient<Ops> {
    return {
      send: async (operation, input) => {
        // Through JSON, as the wire would carry it (undefined fields dropped, dates as strings).
        const wire = JSON.parse(JSON.stringify(input ?? {})) as Record<string, unknown>;
        try {
          return await this.invoke(signingName, operation, wire) as never;
        } catch (error) {
          const type = (error as { type?: unknown }).type;
          if (typeof type === 'string') throw new SimApiError(operation, type, (error as Error).message);
          throw error;
        }
      },
    };
  }

  /** A REST-JSON call (EventBridge Scheduler): `path` with its query, the body as JSON. */
  async restJson<T>(signingName: string, method: string, path: string, body?: object): Promise<Wire<T>> {
    const answer = await this.request(method, path, signingName, body === undefined ? '' : JSON.stringify(body), { 'content-type': 'application/json' });
    const parsed = answer.body === '' ? {} : JSON.parse(answer.body) as Record<string, unknown>;
    if (answer.status >= 300) throw new SimApiError(`${method} ${path}`, String(answer.headers['x-amzn-errortype'] ?? answer.status), String(parsed.Message ?? parsed.message ?? ''));
    return parsed as never;
  }

  private request(method: string, path: string, signingName: string, body: string, headers: Record<string, string>): Promise<WireAnswer> {
    const authorization = `AWS4-HMAC-SHA256 Credential=${this.accessKeyId}/20250101/${this.region}/${signingName}/aws4_request, SignedHeaders=host, Signature=0`;
    return new Promise((resolve, reject) => {
      const req = request(new URL(path, this.endpoint), {
        method, agent: false, headers: { ...headers, authorization, 'content-length': Buffer.byteLength(body) },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  }
}

/** An error answer, named by its type as the SDK would name the exception (e.g. ThrottlingException). */
export class SimApiError extends Error {
  constructor(operation: string, readonly type: string, message: string) {
    super(`${operation}: ${type}: ${message}`);
    this.name = type;
  }
}

export class SimulatedActionBed {
  private simulator?: Simulator;
  private simApi?: SimApi;
  private client?: SimApiClient<EcsOperations>;
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

  /** The test's own ECS client (see SimApi). */
  get ecs(): SimApiClient<EcsOperations> {
    if (!this.client) throw new Error('the ECS client is built in beforeAll');
    return this.client;
  }

  /** For the test's own clients of the other simulated services. */
  get api(): SimApi {
    if (!this.simApi) throw new Error('the simulator starts in beforeAll');
    return this.simApi;
  }

  async start(options: SimulatorOptions): Promise<void> {
    this.simulator = await startSimulator({ clockSpeed: this.clockSpeed, ...options });
    const env = this.simulator.env();
    const { control } = this.simulator;
    this.simApi = new SimApi(this.simulator.endpoint, env.AWS_REGION as string, env.AWS_ACCESS_KEY_ID as string, (service, operation, input) => control.invoke(service, operation, input));
    this.client = this.simApi.json<EcsOperations>('ecs');
  }

  async stop(): Promise<void> {
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
