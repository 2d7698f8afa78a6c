import { describe, expect, it } from '@jest/globals';
import type { EcsTask } from '../../common/src/ecs-types.js';
import { MemoryLogger } from '../../common/src/logger.js';
import type { JsonObject } from '../../common/src/taskdef.js';
import { diagnose, type DiagnosisLogs } from './diagnosis.js';
import { FakeEcs } from './fakes.js';

const TASK = 'arn:aws:ecs:us-east-1:123456789012:task/prod/t1';
const crashed: EcsTask = { taskArn: TASK, startedAt: new Date(0), stopCode: 'EssentialContainerExited', containers: [{ name: 'api', exitCode: 1 }] };

const definition = (options: Record<string, string>): JsonObject => ({
  family: 'api', containerDefinitions: [{ name: 'api', image: 'api:2', logConfiguration: { logDriver: 'awslogs', options } }],
});

/** CloudWatch Logs in several regions: a stream exists only in the region it was written to. */
function regionalLogs(streams: Record<string, string[]>) {
  const asked: string[] = [];
  const logs: DiagnosisLogs = {
    forRegion: (region) => ({
      async tail(group, stream) {
        asked.push(`${region} ${group} ${stream}`);
        const lines = streams[`${region} ${group} ${stream}`];
        if (!lines) throw Object.assign(new Error('The specified log stream does not exist.'), { name: 'ResourceNotFoundException' });
        return lines;
      },
    }),
  };
  return { logs, asked };
}

async function diagnoseCrash(options: Record<string, string>, streams: Record<string, string[]>) {
  const ecs = new FakeEcs();
  ecs.stopped = [crashed];
  const { logs, asked } = regionalLogs(streams);
  const diagnosis = await diagnose({
    region: 'us-east-1', cluster: 'prod', service: 'api', verdict: 'failed', events: [], taskDefinitionArn: 'td', definition: definition(options),
  }, { ecs, logs, logger: new MemoryLogger() });
  return { container: diagnosis.tasks[0]?.containers[0], asked };
}

describe('diagnose: the failed container\'s log lines', () => {
  it('reads them in the region awslogs-region names, not the cluster\'s, and links that region\'s console', async () => {
    const { container, asked } = await diagnoseCrash(
      { 'awslogs-group': '/ecs/api', 'awslogs-stream-prefix': 'ecs', 'awslogs-region': 'eu-west-1' },
      { 'eu-west-1 /ecs/api ecs/api/t1': ['Error: DATABASE_URL is not set'] },
    );
    expect(asked).toEqual(['eu-west-1 /ecs/api ecs/api/t1']);
    expect(container?.logs).toEqual(['Error: DATABASE_URL is not set']);
    expect(container).not.toHaveProperty('logNote');
    expect(container?.logUrl).toBe('https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Fecs$252Fapi/log-events/ecs$252Fapi$252Ft1');
  });

  it('reads them in the cluster\'s region when awslogs-region is not set', async () => {
    const { container, asked } = await diagnoseCrash({ 'awslogs-group': '/ecs/api', 'awslogs-stream-prefix': 'ecs' }, { 'us-east-1 /ecs/api ecs/api/t1': ['boom'] });
    expect(asked).toEqual(['us-east-1 /ecs/api ecs/api/t1']);
    expect(container).toMatchObject({ logs: ['boom'] });
  });

  it('says why when the stream name cannot be known, and reads nothing', async () => {
    const { container, asked } = await diagnoseCrash({ 'awslogs-group': '/ecs/api' }, {});
    expect(asked).toEqual([]);
    expect(container?.logNote).toBe("container api's awslogs options lack awslogs-stream-prefix, so its stream name cannot be known");
  });
});
