/** AWS console pages the actions link to from the log and the job summary. Pure. */

const nameOf = (arnOrName: string): string => arnOrName.split('/').pop() as string;
const consoleBase = (region: string) => `https://${region}.console.aws.amazon.com`;

/** The CloudWatch console double-encodes log group and stream names and writes % as $. */
const cloudWatchText = (text: string) => encodeURIComponent(encodeURIComponent(text)).replace(/%/g, '$');

/** A service's deployments tab. `cluster` and `service` may be names or ARNs. */
export function serviceConsoleUrl(region: string, cluster: string, service: string): string {
  return `${consoleBase(region)}/ecs/v2/clusters/${nameOf(cluster)}/services/${nameOf(service)}/deployments?region=${region}`;
}

export function taskConsoleUrl(region: string, cluster: string, taskId: string): string {
  return `${consoleBase(region)}/ecs/v2/clusters/${nameOf(cluster)}/tasks/${taskId}/configuration?region=${region}`;
}

/** A log stream's page (or its group's, without a stream), in the region the stream is in. */
export function logStreamUrl(region: string, group: string, stream?: string): string {
  const base = `${consoleBase(region)}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${cloudWatchText(group)}`;
  return stream ? `${base}/log-events/${cloudWatchText(stream)}` : base;
}
