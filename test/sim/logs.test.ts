import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, DescribeLogStreamsCommand, FilterLogEventsCommand,
  GetLogEventsCommand, InvalidParameterException, PutLogEventsCommand, ResourceAlreadyExistsException, ResourceNotFoundException,
  type GetLogEventsCommandInput,
} from '@aws-sdk/client-cloudwatch-logs';
import { connectToSimulator } from './index.js';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { logs: () => new CloudWatchLogsClient({}) } });
const GROUP = '/ecs/app';
const T = Date.UTC(2026, 0, 1);

beforeEach(() => aws.sim.control.reset());

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(() => undefined, (e: unknown) => e);
  if (!(outcome instanceof Error)) throw new Error('expected the call to fail');
  return outcome;
}

/** Seeds a stream with `count` lines "line 0".."line N-1", one second apart from T. */
async function seed(stream: string, count: number, offsetMs = 0): Promise<void> {
  if (!aws.sim.control.logs.streams(GROUP).length) await aws.logs.send(new CreateLogGroupCommand({ logGroupName: GROUP }));
  await aws.logs.send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: stream }));
  const logEvents = Array.from({ length: count }, (_, i) => ({ timestamp: T + offsetMs + i * 1_000, message: `${stream} line ${i}` }));
  if (count > 0) await aws.logs.send(new PutLogEventsCommand({ logGroupName: GROUP, logStreamName: stream, logEvents }));
}

const get = (input: Partial<GetLogEventsCommandInput>) =>
  aws.logs.send(new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: 'a', ...input }));

describe('groups, streams and errors', () => {
  it('answers missing and duplicate groups and streams with the AWS errors and messages', async () => {
    const missingGroup = await errorOf(aws.logs.send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: 'a' })));
    expect(missingGroup).toBeInstanceOf(ResourceNotFoundException);
    expect(missingGroup.message).toBe('The specified log group does not exist.');
    await aws.logs.send(new CreateLogGroupCommand({ logGroupName: GROUP }));
    const duplicate = await errorOf(aws.logs.send(new CreateLogGroupCommand({ logGroupName: GROUP })));
    expect(duplicate).toBeInstanceOf(ResourceAlreadyExistsException);
    expect(duplicate.message).toBe('The specified log group already exists');
    const missingStream = await errorOf(get({}));
    expect(missingStream).toBeInstanceOf(ResourceNotFoundException);
    expect(missingStream.message).toBe('The specified log stream does not exist.');
    const filterMissing = await errorOf(aws.logs.send(new FilterLogEventsCommand({ logGroupName: '/nope' })));
    expect(filterMissing.message).toBe('The specified log group does not exist.');
  });

  it('refuses out-of-order batches, bad limits and foreign tokens', async () => {
    await seed('a', 1);
    const disorder = await errorOf(aws.logs.send(new PutLogEventsCommand({
      logGroupName: GROUP, logStreamName: 'a', logEvents: [{ timestamp: T + 2, message: 'x' }, { timestamp: T + 1, message: 'y' }],
    })));
    expect(disorder).toBeInstanceOf(InvalidParameterException);
    expect((await errorOf(get({ limit: 0 }))).message).toMatch(/'limit' failed to satisfy constraint/);
    expect(await errorOf(get({ nextToken: 'f/nonsense' }))).toBeInstanceOf(InvalidParameterException);
  });

  it('lists streams by name or by last event time, with a prefix and pages', async () => {
    await seed('b', 1, 5_000);
    await seed('a', 1, 9_000);
    await seed('c', 0);
    const byName = await aws.logs.send(new DescribeLogStreamsCommand({ logGroupName: GROUP, limit: 2 }));
    expect(byName.logStreams!.map((s) => s.logStreamName)).toEqual(['a', 'b']);
    const rest = await aws.logs.send(new DescribeLogStreamsCommand({ logGroupName: GROUP, limit: 2, nextToken: byName.nextToken }));
    expect(rest.logStreams!.map((s) => [s.logStreamName, s.lastEventTimestamp])).toEqual([['c', undefined]]);
    expect(rest.nextToken).toBeUndefined();
    const latest = await aws.logs.send(new DescribeLogStreamsCommand({ logGroupName: GROUP, orderBy: 'LastEventTime', descending: true }));
    expect(latest.logStreams!.map((s) => s.logStreamName)).toEqual(['a', 'b', 'c']);
    const prefixed = await aws.logs.send(new DescribeLogStreamsCommand({ logGroupName: GROUP, logStreamNamePrefix: 'b' }));
    expect(prefixed.logStreams!.map((s) => s.logStreamName)).toEqual(['b']);
    expect(latest.logStreams![0]).toMatchObject({ firstEventTimestamp: T + 9_000, arn: `arn:aws:logs:us-east-1:123456789012:log-group:${GROUP}:log-stream:a` });
  });
});

describe('GetLogEvents', () => {
  beforeEach(() => seed('a', 5));

  it('reads forward from the head page by page; at the end the forward token comes back unchanged', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    for (let page = 0; page < 10; page++) {
      const out = await get({ startFromHead: true, limit: 2, nextToken: token });
      seen.push(...out.events!.map((e) => e.message!));
      if (out.nextForwardToken === token) break;
      expect(out.nextForwardToken).toMatch(/^f\/\d{56}\/s$/);
      token = out.nextForwardToken;
    }
    expect(seen).toEqual(['a line 0', 'a line 1', 'a line 2', 'a line 3', 'a line 4']);

    // A live stream: the same token picks up what is appended later.
    await aws.logs.send(new PutLogEventsCommand({ logGroupName: GROUP, logStreamName: 'a', logEvents: [{ timestamp: T + 9_000, message: 'late' }] }));
    const next = await get({ startFromHead: true, nextToken: token });
    expect(next.events!.map((e) => [e.timestamp, e.message])).toEqual([[T + 9_000, 'late']]);
    expect(next.events![0]!.ingestionTime).toBe(aws.sim.control.clock.now());
  });

  it('reads the newest events by default and pages backward to the start, where the backward token repeats', async () => {
    const tail = await get({ limit: 2 });
    expect(tail.events!.map((e) => e.message)).toEqual(['a line 3', 'a line 4']);
    const earlier = await get({ limit: 2, nextToken: tail.nextBackwardToken });
    expect(earlier.events!.map((e) => e.message)).toEqual(['a line 1', 'a line 2']);
    const first = await get({ limit: 2, nextToken: earlier.nextBackwardToken });
    expect(first.events!.map((e) => e.message)).toEqual(['a line 0']);
    const none = await get({ limit: 2, nextToken: first.nextBackwardToken });
    expect(none.events).toEqual([]);
    expect(none.nextBackwardToken).toBe(first.nextBackwardToken);
    // From the tail, the forward token has nothing newer yet.
    const after = await get({ startFromHead: true, nextToken: tail.nextForwardToken });
    expect([after.events, after.nextForwardToken]).toEqual([[], tail.nextForwardToken]);
  });

  it('keeps startTime inclusive and endTime exclusive', async () => {
    const out = await get({ startFromHead: true, startTime: T + 1_000, endTime: T + 3_000 });
    expect(out.events!.map((e) => e.message)).toEqual(['a line 1', 'a line 2']);
  });
});

describe('FilterLogEvents', () => {
  beforeEach(async () => {
    await seed('ecs/web/1', 3);
    await seed('ecs/web/2', 3, 500);
    await seed('other', 3, 250);
  });

  it('interleaves streams in time order, filtered by prefix or names, time window and terms', async () => {
    const byPrefix = await aws.logs.send(new FilterLogEventsCommand({ logGroupName: GROUP, logStreamNamePrefix: 'ecs/web/' }));
    expect(byPrefix.events!.map((e) => [e.logStreamName, e.timestamp! - T])).toEqual([
      ['ecs/web/1', 0], ['ecs/web/2', 500], ['ecs/web/1', 1_000], ['ecs/web/2', 1_500], ['ecs/web/1', 2_000], ['ecs/web/2', 2_500],
    ]);
    expect(byPrefix.nextToken).toBeUndefined();
    const window = await aws.logs.send(new FilterLogEventsCommand({
      logGroupName: GROUP, logStreamNames: ['other', 'ecs/web/2'], startTime: T + 250, endTime: T + 1_500,
    }));
    expect(window.events!.map((e) => e.message)).toEqual(['other line 0', 'ecs/web/2 line 0', 'other line 1', 'ecs/web/2 line 1']);
    const terms = await aws.logs.send(new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern: '"line 2" -other' }));
    expect(terms.events!.map((e) => e.message)).toEqual(['ecs/web/1 line 2', 'ecs/web/2 line 2']);
    const either = await aws.logs.send(new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern: '?"web/1 line 0" ?"other line 2"' }));
    expect(either.events!.map((e) => e.message)).toEqual(['ecs/web/1 line 0', 'other line 2']);
  });

  it('pages with nextToken until every event was returned once', async () => {
    const messages: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const out = await aws.logs.send(new FilterLogEventsCommand({ logGroupName: GROUP, limit: 4, nextToken }));
      messages.push(...out.events!.map((e) => e.message!));
      nextToken = out.nextToken;
      pages++;
    } while (nextToken !== undefined && pages < 10);
    expect(pages).toBe(3);
    expect(messages).toHaveLength(9);
    expect(new Set(messages).size).toBe(9);
  });
});

describe('control', () => {
  it('appends like the awslogs driver and reads back over HTTP', async () => {
    aws.sim.control.logs.append('/ecs/new', 'ecs/web/t1', [{ timestamp: T, message: 'hello' }]);
    const remote = connectToSimulator(aws.sim.endpoint);
    expect(await remote.serviceAction('logs', 'events', { group: '/ecs/new', stream: 'ecs/web/t1' })).toEqual({ events: [{ timestamp: T, message: 'hello' }] });
    aws.sim.control.reset();
    expect(aws.sim.control.logs.streams('/ecs/new')).toEqual([]);
  });
});
