/**
 * Which builds the services need: services that share an ECR repository (and so, by the config rules, the same
 * Dockerfile, context, target and build arguments) deploy one image, so they share one build job, e.g. a Laravel app,
 * its queue worker and its scheduler. The build job is named after the first of them.
 */
import type { Config, ServiceConfig } from '../config/schema.js';

export interface ImageBuild {
  jobId: string;
  /** The service whose build settings are used (the first with this repository). */
  spec: ServiceConfig;
  /** Every service deploying this image, in config order. */
  services: string[];
}

export interface ImagePlan {
  builds: ImageBuild[];
  /** Service name → the id of the job that builds its image. */
  buildJobOf: (service: string) => string;
}

/**
 * `reserved`: ids of other jobs (e.g. the frontend build) a service's build must not take. A service named like one
 * of them gets `build-<name>-image` instead, so no job ever silently replaces another.
 */
export function planImages(config: Config, reserved: string[]): ImagePlan {
  const builds: ImageBuild[] = [];
  const byService = new Map<string, string>();
  const taken = new Set(reserved);
  for (const service of config.services) {
    const shared = builds.find((build) => build.spec['ecr-repository'] === service['ecr-repository']);
    if (shared) {
      shared.services.push(service.name);
      byService.set(service.name, shared.jobId);
      continue;
    }
    let jobId = `build-${service.name}`;
    if (taken.has(jobId)) jobId = `build-${service.name}-image`;
    taken.add(jobId);
    builds.push({ jobId, spec: service, services: [service.name] });
    byService.set(service.name, jobId);
  }
  return {
    builds,
    buildJobOf: (service) => {
      const jobId = byService.get(service);
      if (!jobId) throw new Error(`no build for service "${service}"`);
      return jobId;
    },
  };
}
