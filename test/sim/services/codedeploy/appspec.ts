import { SimError } from '../../core/errors.js';

// `yaml` is loaded on the first CreateDeployment, not with the simulator: jest evaluates every module again in each
// test file, and yaml's 60 modules cost ~0.1–0.2 s of CPU there, in the many files that never deploy with CodeDeploy.
let yaml: typeof import('yaml') | undefined;

/** Loads the AppSpec parser's YAML library; parseEcsAppSpec needs it to have resolved. */
export async function loadAppSpecParser(): Promise<void> {
  yaml ??= await import('yaml');
}

/** What an ECS AppSpec says (AppSpec "resources" and "hooks" sections for an Amazon ECS deployment). */
export interface EcsAppSpec {
  taskDefinition: string;
  containerName?: string;
  containerPort?: number;
  /** Lifecycle event name -> Lambda function (BeforeInstall, AfterInstall, AfterAllowTestTraffic, BeforeAllowTraffic, AfterAllowTraffic). */
  hooks: Record<string, string>;
}

const HOOK_EVENTS = ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic'];

/** Messages not confirmed against CodeDeploy (it reports a bad AppSpec as InvalidRevisionException or at deployment time). */
const invalid = (message: string): SimError => new SimError('InvalidRevisionException', message);

/** JSON or YAML; keys are matched case-insensitively, as CodeDeploy does. */
export function parseEcsAppSpec(content: string): EcsAppSpec {
  if (!yaml) throw new Error('parseEcsAppSpec before loadAppSpecParser() resolved');
  let doc: unknown;
  try {
    doc = yaml.parse(content);
  } catch {
    throw invalid('The AppSpec file is not valid JSON or YAML.');
  }
  const resources = field(doc, 'Resources');
  if (!Array.isArray(resources) || resources.length === 0) throw invalid('The AppSpec file must have a Resources section with one ECS service.');
  const resource = resources[0] as Record<string, unknown>;
  const target = field(resource, 'TargetService') ?? Object.values(resource ?? {})[0];
  if (field(target, 'Type') !== 'AWS::ECS::Service') throw invalid('The AppSpec resource must be of Type AWS::ECS::Service.');
  const properties = field(target, 'Properties');
  const taskDefinition = field(properties, 'TaskDefinition');
  if (typeof taskDefinition !== 'string' || taskDefinition === '') throw invalid('The AppSpec resource must name a TaskDefinition.');
  const lb = field(properties, 'LoadBalancerInfo');
  const containerName = field(lb, 'ContainerName');
  const containerPort = field(lb, 'ContainerPort');
  const hooks: Record<string, string> = {};
  const hookList = field(doc, 'Hooks');
  for (const entry of Array.isArray(hookList) ? hookList : []) {
    for (const [event, fn] of Object.entries((entry ?? {}) as Record<string, unknown>)) {
      const name = HOOK_EVENTS.find((e) => e.toLowerCase() === event.toLowerCase());
      if (!name) throw invalid(`The AppSpec hook ${event} is not an ECS lifecycle event.`);
      hooks[name] = String(fn);
    }
  }
  return {
    taskDefinition,
    containerName: typeof containerName === 'string' ? containerName : undefined,
    containerPort: containerPort === undefined ? undefined : Number(containerPort),
    hooks,
  };
}

function field(obj: unknown, name: string): unknown {
  if (obj === null || typeof obj !== 'object') return undefined;
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : (obj as Record<string, unknown>)[key];
}
