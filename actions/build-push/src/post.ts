import { rm } from 'node:fs/promises';
import { errorMessage } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import { logoutArgv } from './docker-args.js';
import { createDockerCli, type DockerCli } from './docker.js';

/** Post step (post-if: always()): log out and remove the private DOCKER_CONFIG. It only warns: the job's result is main's. */
export async function post(configDir: string, registry: string, logger: Logger, docker?: DockerCli): Promise<void> {
  if (!configDir) return;
  const cli = docker ?? createDockerCli({ configDir, classic: true, env: process.env });
  if (registry) {
    try {
      const out = await cli.run(logoutArgv(registry), { timeoutMs: 30_000 });
      if (out.code !== 0) logger.warning(`docker logout ${registry} failed: ${out.stderr.trim()}`);
      else logger.info(`Logged out of ${registry}`);
    } catch (error) {
      logger.warning(`docker logout ${registry} failed: ${errorMessage(error)}`);
    }
  }
  try {
    // The config dir holds the registry credentials; it goes even when the logout failed.
    await rm(configDir, { recursive: true, force: true });
  } catch (error) {
    logger.warning(`Could not remove ${configDir}: ${errorMessage(error)}`);
  }
}
