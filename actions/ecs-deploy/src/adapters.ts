// The AWS adapters ecs-deploy's main.ts loads with one dynamic import() once the inputs are valid, so that the ECS
// client, the SDK's core and the proxy agents are one chunk of the dist beside index.js, which an input error never
// loads. The clients only some paths need (CloudWatch Logs, CodeDeploy, EventBridge, Scheduler) load on first use,
// from modules of the entry chunk (common/src/logs.ts, lazy.ts).
export { createEcsApi } from './aws.js';
export { createCodeDeployApi } from './codedeploy-aws.js';
export { createScheduledTasksApi } from './scheduled-aws.js';
export { createServiceDeploymentsApi } from './service-deployments.js';
