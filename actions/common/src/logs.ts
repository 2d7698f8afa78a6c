import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';

/**
 * The CloudWatch Logs adapter of ecs-deploy and db-migrate. The only module that imports the Logs SDK, and it does
 * so on first use: ecs-deploy reads logs only to diagnose a failed rollout, so its cold start should not pay for
 * CloudWatch Logs' client (~0.2 MB, a separate chunk in the dist). The client settings (aws-client.ts, with the proxy
 * agents) come with it, so that importing this module loads neither; and the import() sits here, in a module of the
 * entry chunk, where test/e2e/runner-resolution.test.ts finds the chunks it loads.
 */
const sdk = () => Promise.all([import('@aws-sdk/client-cloudwatch-logs'), import('./aws-client.js')]);

export interface LogEventPage {
  events: Array<{ timestamp?: number; message?: string }>;
  nextForwardToken?: string;
}

/** One region's streams. */
export interface LogsApi {
  /** GetLogEvents from the head (no token) or from `token`; throws ResourceNotFoundException until the stream exists. */
  page(group: string, stream: string, token: string | undefined, signal?: AbortSignal): Promise<LogEventPage>;
  /** The last `limit` lines of a stream, oldest first. */
  tail(group: string, stream: string, limit: number, signal?: AbortSignal): Promise<string[]>;
}

/** Streams in any region: a task's `awslogs-region` may differ from its cluster's (see awslogs.ts). */
export interface RegionalLogsApi {
  forRegion(region: string): LogsApi;
}

/** A client per region, made on first use. `action` names the caller in the user agent. */
export function createLogsApi(action: string): RegionalLogsApi {
  const clients = new Map<string, CloudWatchLogsClient>();
  const clientFor = async (region: string) => {
    const [{ CloudWatchLogsClient, GetLogEventsCommand }, { awsClientConfig }] = await sdk();
    let client = clients.get(region);
    if (!client) clients.set(region, (client = new CloudWatchLogsClient(awsClientConfig(region, action))));
    return { client, GetLogEventsCommand };
  };
  return {
    forRegion: (region) => ({
      async page(group, stream, token, signal) {
        const input = { logGroupName: group, logStreamName: stream, startFromHead: true, nextToken: token };
        const { client, GetLogEventsCommand } = await clientFor(region);
        const out = await client.send(new GetLogEventsCommand(input), { abortSignal: signal });
        return { events: out.events ?? [], nextForwardToken: out.nextForwardToken };
      },
      async tail(group, stream, limit, signal) {
        const input = { logGroupName: group, logStreamName: stream, startFromHead: false, limit };
        const { client, GetLogEventsCommand } = await clientFor(region);
        const out = await client.send(new GetLogEventsCommand(input), { abortSignal: signal });
        return (out.events ?? []).map((e) => e.message ?? '');
      },
    }),
  };
}
