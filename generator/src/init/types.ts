/**
 * What `init` learned about a repository: each value with where it came from (`from`, written as a comment) or why
 * it is only a guess (`todo`, written as `# TODO:`), so the starter config can say both.
 */
import type { TEST_SERVICES } from '../config/schema.js';

export type TestService = (typeof TEST_SERVICES)[number];
export type TestServiceEntry = TestService | { type: TestService; image: string };

/** A test command, with a comment when it needs the user's attention. */
export interface Command { run: string; note?: string }

export interface ImageFacts {
  name: string;
  dockerfile: string;
  context: string;
  /** Why the name: a compose service, the Dockerfile's role, the app. */
  nameFrom?: string;
  /** Set when the name is a guess the user should check. */
  nameTodo?: string;
  contextWhy?: string;
  /** A migration command the image's final stage can run, and where it came from. */
  migrate?: string;
  migrateFrom?: string;
  /** Why no migration is proposed although the code has one. */
  migrateTodo?: string;
  /** The container name, when a task definition in the repository names it. */
  container?: string;
  containerFrom?: string;
  /** What it deploys to in each environment (an ECS service, or a Kubernetes Deployment on EKS). */
  workload?: string;
  workloadFrom?: string;
}

/** A test job of the starter config: one code base with its toolchain key and folder. */
export interface TestJobFacts {
  name: string;
  stack: 'node' | 'python' | 'php';
  /** Its folder from the repository root ('' = the root): the job's working-directory. */
  dir: string;
  /** Exactly one of node, python, php, as the config writes it. */
  toolchain: Record<string, Record<string, unknown>>;
  toolchainFrom: string;
  commands: Command[];
  note: string;
}

export interface RepoFacts {
  app: string;
  appFrom?: string;
  packageManager: 'npm' | 'pnpm' | 'yarn';
  packageManagerFrom?: string;
  nodeVersion: string;
  nodeVersionFrom?: string;
  testCommands: Command[];
  testCommandsFrom?: string;
  testServices: TestServiceEntry[];
  testServicesFrom?: string;
  testEnv?: Record<string, string>;
  testEnvFrom?: string;
  /** Test jobs with toolchain keys, when the short single-Node form (nodeVersion, packageManager) does not fit. */
  testJobs?: TestJobFacts[];
  images: ImageFacts[];
  /** `project`: the folder of the Node project that installs it ('' = the root). */
  frontend?: { build: string; dir: string; install?: string; from?: string; project?: string };
  branch?: { name: string; from: string };
  /** ECS unless the repository has Kubernetes manifests and no ECS task definition. */
  target?: { kind: 'ecs' | 'eks'; evidence: string };
  /** Said when init runs and written at the top of the config: other deploying workflows, EKS, infrastructure code. */
  notes: string[];
}
