import { SimError } from '../../core/errors.js';
import type { JsonOperation, JsonServiceModule, RequestContext } from '../../core/service-module.js';
import { noRegistry } from './errors.js';
import { batchGetImage, describeImages, listImages, type ImageOperationsContext } from './images.js';
import { putImage } from './put-image.js';
import { RegistryClient, RegistryRejection, type RegistryConnection } from './registry-client.js';
import {
  createRepository, describeRepositories, getLifecyclePolicy, putImageScanningConfiguration, putImageTagMutability,
  putLifecyclePolicy, repositoryView, type EcrState,
} from './repositories.js';

export type { RegistryConnection } from './registry-client.js';
export type { EcrRepository, EcrState, TagMutability } from './repositories.js';

/** ECR authorization tokens are valid for 12 hours (AuthorizationData API reference). */
const TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1_000;

export interface EcrControl {
  /** The registry behind the image operations, as given to startSimulator; undefined without one. */
  readonly registry: RegistryConnection | undefined;
  /** DescribeRepositories' view of every repository, in creation order. */
  repositories(): Array<Record<string, unknown>>;
  /** Forgets repositories (and the push times seen); images stay in the registry. */
  reset(): void;
}

export interface EcrModuleOptions {
  region: string;
  accountId: string;
  registry?: RegistryConnection;
}

/**
 * ECR (awsJson1.1, `AmazonEC2ContainerRegistry_V20150921.*`). Repositories and their settings are simulator
 * state; images live in a real registry, read and written over its HTTP API on every call.
 */
export function createEcrModule(options: EcrModuleOptions): { module: JsonServiceModule; control: EcrControl } {
  const registry = options.registry ? new RegistryClient(options.registry) : undefined;
  const newState = (): EcrState => ({
    region: options.region,
    accountId: options.accountId,
    // Without a registry, URIs keep ECR's own form so repository-only tests still see a plausible value.
    registryHost: registry?.address ?? `${options.accountId}.dkr.ecr.${options.region}.amazonaws.com`,
    repositories: new Map(),
  });
  const context: ImageOperationsContext = { state: newState(), registry };

  const imageOp = (handler: (ctx: ImageOperationsContext, input: Record<string, unknown>, req: RequestContext) => Promise<unknown>): JsonOperation =>
    async (input, req) => {
      try {
        return await handler(context, input, req);
      } catch (error) {
        if (!(error instanceof RegistryRejection)) throw error;
        // A malformed tag or digest is the caller's mistake; anything else the registry refuses is the sim's problem.
        if (error.code === 'TAG_INVALID' || error.code === 'DIGEST_INVALID' || error.code === 'NAME_INVALID') {
          throw new SimError('InvalidParameterException', `Invalid parameter: ${error.message}`);
        }
        throw new SimError('ServerException', error.message, 500);
      }
    };

  const operations: Record<string, JsonOperation> = {
    GetAuthorizationToken: (_input, req) => {
      if (!registry) throw noRegistry();
      const { username, password, registryUrl } = registry.connection;
      return {
        authorizationData: [{
          authorizationToken: Buffer.from(`${username}:${password}`).toString('base64'),
          expiresAt: new Date(req.now + TOKEN_LIFETIME_MS),
          proxyEndpoint: registryUrl,
        }],
      };
    },
    CreateRepository: (input, req) => createRepository(context.state, input, req),
    DescribeRepositories: (input) => describeRepositories(context.state, input),
    PutLifecyclePolicy: (input, req) => putLifecyclePolicy(context.state, input, req),
    GetLifecyclePolicy: (input) => getLifecyclePolicy(context.state, input),
    PutImageTagMutability: (input) => putImageTagMutability(context.state, input),
    PutImageScanningConfiguration: (input) => putImageScanningConfiguration(context.state, input),
    DescribeImages: imageOp(describeImages),
    ListImages: imageOp(listImages),
    BatchGetImage: imageOp(batchGetImage),
    PutImage: imageOp(putImage),
  };

  const control: EcrControl = {
    registry: options.registry,
    repositories: () => [...context.state.repositories.values()].map((repo) => repositoryView(context.state, repo)),
    reset: () => {
      context.state = newState();
    },
  };

  const module: JsonServiceModule = {
    protocol: 'awsJson1_1',
    name: 'ecr',
    targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
    endpointEnvSuffix: 'ECR',
    operations,
    unknownOperationType: 'com.amazon.coral.service#UnknownOperationException',
    serverErrorType: 'ServerException',
    // The same object as `control`, so `sim.control.service('ecr') as EcrControl` works in-process.
    control: Object.assign(control, {
      httpActions: {
        repositories: () => ({ repositories: control.repositories() }),
      },
    }),
  };
  return { module, control };
}
