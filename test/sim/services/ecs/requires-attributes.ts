/**
 * The `requiresAttributes` ECS derives from a task definition (DescribeTaskDefinition reports them; ECS places tasks
 * only on instances with these capabilities). Names as ECS reports them in public DescribeTaskDefinition output and
 * the "Container instance attributes" page; not exhaustive (docker-remote-api versions beyond awslogs' are left out).
 */
type Json = Record<string, unknown>;

export function requiresAttributes(body: Json): Array<{ name: string }> {
  const names = new Set<string>();
  const containers = (body.containerDefinitions ?? []) as Json[];
  const executionRole = typeof body.executionRoleArn === 'string';
  for (const c of containers) {
    const log = c.logConfiguration as { logDriver?: string } | undefined;
    if (log?.logDriver === 'awslogs') {
      names.add('com.amazonaws.ecs.capability.logging-driver.awslogs');
      names.add('com.amazonaws.ecs.capability.docker-remote-api.1.19');
      if (executionRole) names.add('ecs.capability.execution-role-awslogs');
    } else if (log?.logDriver === 'awsfirelens') {
      names.add('com.amazonaws.ecs.capability.logging-driver.awsfirelens');
    }
    if (c.firelensConfiguration !== undefined) names.add('ecs.capability.firelens.fluentbit');
    if (executionRole && typeof c.image === 'string' && /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//.test(c.image)) {
      names.add('ecs.capability.execution-role-ecr-pull');
      names.add('com.amazonaws.ecs.capability.ecr-auth');
    }
    if (c.healthCheck !== undefined) names.add('ecs.capability.container-health-check');
    if (Array.isArray(c.dependsOn) && c.dependsOn.length > 0) names.add('ecs.capability.container-ordering');
    if (c.repositoryCredentials !== undefined) names.add('com.amazonaws.ecs.capability.private-registry-authentication.secretsmanager');
    if (Array.isArray(c.environmentFiles) && c.environmentFiles.length > 0) names.add('ecs.capability.env-files.s3');
    for (const secret of (Array.isArray(c.secrets) ? c.secrets : []) as Array<{ valueFrom?: string }>) {
      names.add(String(secret.valueFrom).includes(':secretsmanager:') ? 'ecs.capability.secrets.asm.environment-variables' : 'ecs.capability.secrets.ssm.environment-variables');
    }
  }
  if (typeof body.taskRoleArn === 'string') names.add('com.amazonaws.ecs.capability.task-iam-role');
  if (body.networkMode === 'awsvpc') names.add('ecs.capability.task-eni');
  for (const volume of (body.volumes ?? []) as Json[]) {
    if (volume.efsVolumeConfiguration !== undefined) names.add('ecs.capability.efsAuth');
    if (volume.configuredAtLaunch === true) names.add('ecs.capability.ebs-task-attach');
  }
  return [...names].sort().map((name) => ({ name }));
}
