// Runs the simulator as a standalone process on a fixed loopback port, for workflows that run the actions with
// `uses: ./actions/<name>` (ci.yml) and for poking at it by hand. Drive it over HTTP: /__sim/... (see README.md).
// Usage: npx tsx test/sim/serve.ts [--port 4599] [--clock-speed 20] [--seed-ecs] [--ecr-registry URL]
//   --ecr-registry: a docker-registry (htpasswd user AWS) behind ECR's image operations; its password is read from
//   the SIM_ECR_PASSWORD environment variable so it never appears in a process listing.
//   --seed-ecs: cluster `ci`, task definition family `api` (one container `api`, image `api:1`) and service `api`
//   (2 tasks, circuit breaker with rollback), waited on until its first rollout COMPLETED.
import { CreateClusterCommand, CreateServiceCommand, DescribeServicesCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { setTimeout as sleep } from 'node:timers/promises';
import { startSimulator } from './index.js';

const args = process.argv.slice(2);
const value = (flag: string, fallback: string) => {
  const at = args.indexOf(flag);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
};
const port = Number(value('--port', '4599'));
const clockSpeed = Number(value('--clock-speed', '20'));

const registryUrl = value('--ecr-registry', '');
const registryPassword = process.env.SIM_ECR_PASSWORD ?? '';
if (registryUrl && !registryPassword) throw new Error('--ecr-registry needs SIM_ECR_PASSWORD (the registry password of user AWS)');
const ecr = registryUrl ? { registryUrl, username: 'AWS', password: registryPassword } : undefined;

const sim = await startSimulator({ port, clockSpeed, ecr });
const env = sim.env();

if (args.includes('--seed-ecs')) {
  const ecs = new ECSClient({ endpoint: sim.endpoint, region: env.AWS_REGION, credentials: { accessKeyId: 'sim', secretAccessKey: 'sim' } });
  await ecs.send(new CreateClusterCommand({ clusterName: 'ci' }));
  const td = await ecs.send(new RegisterTaskDefinitionCommand({
    family: 'api',
    containerDefinitions: [{
      name: 'api', image: 'api:1', memory: 256, essential: true,
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/api', 'awslogs-region': env.AWS_REGION as string, 'awslogs-stream-prefix': 'ecs' } },
    }],
  }));
  await ecs.send(new CreateServiceCommand({
    cluster: 'ci', serviceName: 'api', taskDefinition: td.taskDefinition?.taskDefinitionArn, desiredCount: 2,
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, maximumPercent: 200, minimumHealthyPercent: 100 },
  }));
  for (let i = 0; ; i++) {
    const out = await ecs.send(new DescribeServicesCommand({ cluster: 'ci', services: ['api'] }));
    if (out.services?.[0]?.deployments?.[0]?.rolloutState === 'COMPLETED') break;
    if (i > 300) throw new Error('the seeded service did not reach COMPLETED');
    await sleep(100);
  }
  ecs.destroy();
}

console.log(`simulator listening on ${sim.endpoint}`);
for (const [key, val] of Object.entries(env)) console.log(`${key}=${val}`);
const stop = async () => {
  await sim.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
