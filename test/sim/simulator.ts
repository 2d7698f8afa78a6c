import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallRecorder } from './core/calls.js';
import { SimClock } from './core/clock.js';
import { FaultInjector } from './core/faults.js';
import { forkPrng } from './core/prng.js';
import { createInvoker, createRequestHandler, type RequestHandlerDeps } from './core/request-handler.js';
import type { JsonServiceModule, RestServiceModule, ServiceControl, ServiceModule } from './core/service-module.js';
import { createControl, type SimulatorControl } from './control/control-api.js';
import { handleControlRequest } from './control/control-http.js';
import { createCloudFrontModule } from './services/cloudfront.js';
import { createEcsModule } from './services/ecs/index.js';
import { createCodeDeployModule } from './services/codedeploy/index.js';
import { createEventsModule } from './services/events.js';
import { createSchedulerModule } from './services/scheduler.js';
import { createLogsModule } from './services/logs/index.js';
import { createEcrModule, type RegistryConnection } from './services/ecr/index.js';
import { attachSsmSessionServer, ExecSessionBroker } from './services/ssm-session/index.js';

export interface SimulatorOptions {
  /** 0 (default) picks a free port. Always bound to 127.0.0.1. */
  port?: number;
  /** Seeds ids and rate-based faults. Default 1. */
  seed?: number;
  /** Sim ms per real ms; 0 freezes the clock so only control.clock.advance() moves it. Default 1. */
  clockSpeed?: number;
  /** Sim epoch ms at start. Default: the current real time. */
  startTime?: number;
  /** Region of the simulated resources (ARNs). Default us-east-1. */
  region?: string;
  accountId?: string;
  /** The real registry (docker-registry with htpasswd) behind ECR's image operations; without it they answer 500. */
  ecr?: RegistryConnection;
}

export interface Simulator {
  /** http://127.0.0.1:PORT */
  endpoint: string;
  port: number;
  /** Environment that points an SDK v3 client (and the awscli helper) at this simulator. */
  env(): Record<string, string>;
  control: SimulatorControl;
  stop(): Promise<void>;
}

/** The fake key the simulator's environment gives SDK clients (and `control.invoke` records as its caller's). */
const ACCESS_KEY_ID = 'AKIASIMULATOR0000000';

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const seed = options.seed ?? 1;
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '123456789012';
  const clock = new SimClock({ speed: options.clockSpeed ?? 1, startTime: options.startTime });
  const ids = forkPrng(seed, 'ids');
  const faults = new FaultInjector(forkPrng(seed, 'faults'));
  const calls = new CallRecorder();

  // A Logs request first brings ECS tasks up to its sim time, so a log follower sees container lines on time.
  const logs = createLogsModule({ region, accountId, clock, beforeRead: (now) => ecs.evolveTo(now) });
  // ExecuteCommand sessions are served on this server's /v1/data-channel/ websocket endpoint.
  const execSessions = new ExecSessionBroker();
  // Containers' awslogs output lands in the simulated CloudWatch Logs, ingested at the sim time it was written.
  const ecs = createEcsModule({
    region, accountId, clock, ids, execSessions,
    logs: (group, stream, events) => {
      for (const event of events) logs.store.appendCreating(group, stream, [event], event.timestamp);
    },
  });
  const codedeploy = createCodeDeployModule({ region, accountId, ids, ecs: { state: ecs.currentState, evolveTo: ecs.evolveTo } });
  const cloudfront = createCloudFrontModule({ clock, ids });
  const ecr = createEcrModule({ region, accountId, registry: options.ecr });
  const events = createEventsModule();
  const scheduler = createSchedulerModule();
  const modules: ServiceModule[] = [ecs.module, ecr.module, logs.module, cloudfront.module, codedeploy.module, events.module, scheduler.module];
  const serviceControls = new Map<string, ServiceControl>();
  for (const module of modules) if (module.control) serviceControls.set(module.name, module.control);
  serviceControls.set('ssm-session', execSessions.control());
  const deps: RequestHandlerDeps = {
    jsonModules: modules.filter((m): m is JsonServiceModule => m.protocol === 'awsJson1_1'),
    restModules: modules.filter((m): m is RestServiceModule => m.protocol === 'restXml' || m.protocol === 'restJson'),
    clock, faults, calls, ids, requestIds: forkPrng(seed, 'request-ids'), region, accountId,
    handleControl: (req, url, body) => handleControlRequest(control, req, url, body),
  };
  const control = createControl({
    clock, faults, calls, ecs: ecs.control, logs: logs.control, cloudfront: cloudfront.control, codedeploy: codedeploy.control,
    events: events.control, scheduler: scheduler.control, services: serviceControls,
    invoke: createInvoker(deps, { accessKeyId: ACCESS_KEY_ID, userAgent: 'simulator-control/invoke' }),
  });

  const server = createServer(createRequestHandler(deps));
  const detachExecSessions = attachSsmSessionServer(server, execSessions);
  const port = await listen(server, options.port ?? 0);
  const endpoint = `http://127.0.0.1:${port}`;
  execSessions.setEndpoint(endpoint);

  return {
    endpoint,
    port,
    env: () => {
      const env: Record<string, string> = {
        AWS_REGION: region,
        // awscli v2 reads the region from AWS_DEFAULT_REGION.
        AWS_DEFAULT_REGION: region,
        AWS_ACCESS_KEY_ID: ACCESS_KEY_ID,
        AWS_SECRET_ACCESS_KEY: 'simulator-secret-access-key-not-real',
        AWS_EC2_METADATA_DISABLED: 'true',
      };
      for (const module of modules) env[`AWS_ENDPOINT_URL_${module.endpointEnvSuffix}`] = endpoint;
      return env;
    },
    control,
    stop: () => new Promise<void>((resolve, reject) => {
      detachExecSessions();
      server.close((error) => (error ? reject(error) : resolve()));
      // Keep-alive sockets from SDK clients would otherwise hold close() open.
      server.closeAllConnections();
    }),
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
