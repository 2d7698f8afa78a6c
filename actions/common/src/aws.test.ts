import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeClustersCommand, ECSClient } from '@aws-sdk/client-ecs';
import { startSimulator, type Simulator } from '../../../test/sim/index.js';
import { useSimulatorEnv } from '../../../test/sim/sdk-env.js';
import { ForwardProxy } from '../../../test/support/forward-proxy.js';
import { awsClientConfig } from './aws-client.js';
import { resolveRegion } from './aws.js';

describe('resolveRegion', () => {
  it('prefers the input, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    expect(resolveRegion(' eu-west-1 ', { AWS_REGION: 'us-east-1' })).toBe('eu-west-1');
    expect(resolveRegion('', { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'us-west-2' })).toBe('us-east-2');
    expect(resolveRegion('', { AWS_DEFAULT_REGION: 'ap-southeast-2' })).toBe('ap-southeast-2');
    expect(resolveRegion('', { AWS_REGION: 'us-gov-west-1' })).toBe('us-gov-west-1');
  });

  it('names the input when there is no region or it is not one', () => {
    expect(() => resolveRegion('', {})).toThrow("Input 'aws-region': no region");
    expect(() => resolveRegion('US East', {})).toThrow("Input 'aws-region': 'US East' is not an AWS region name");
  });
});

describe('awsClientConfig retry mode', () => {
  it('is adaptive, except for a client of one attempt, whose retries are ours and must not be rate-limited', () => {
    expect(awsClientConfig('us-east-1', 'x', 8, {}).retryMode).toBe('adaptive');
    expect(awsClientConfig('us-east-1', 'x', 2, {}).retryMode).toBe('adaptive');
    expect(awsClientConfig('us-east-1', 'x', 1, {}).retryMode).toBe('standard');
  });
});

describe('awsClientConfig against the simulator', () => {
  let sim: Simulator;
  let restore: () => void;

  beforeAll(async () => {
    sim = await startSimulator({ clockSpeed: 0 });
    restore = useSimulatorEnv(sim);
  });
  afterAll(async () => {
    restore();
    await sim.stop();
  });

  it('reaches AWS_ENDPOINT_URL_<SERVICE>, retries throttling adaptively and identifies the action', async () => {
    sim.control.faults.add({ kind: 'throttle', service: 'ecs', operation: 'DescribeClusters', count: 2 });
    const ecs = new ECSClient(awsClientConfig('us-east-1', 'smoke-test'));
    try {
      const out = await ecs.send(new DescribeClustersCommand({ clusters: ['default'] }));
      expect(out.clusters?.[0]?.clusterName).toBe('default');
    } finally {
      ecs.destroy();
    }
    const calls = sim.control.calls({ operation: 'DescribeClusters' });
    expect(calls.map((c) => c.status)).toEqual([400, 400, 200]);
    expect(calls.every((c) => c.userAgent?.includes('platform-actions/smoke-test'))).toBe(true);
  }, 20_000); // the SDK backs off throttling from 500 ms, doubling, with jitter

  it('gives up after maxAttempts with the service error', async () => {
    sim.control.faults.add({ kind: 'http500', service: 'ecs', operation: 'DescribeClusters', count: 5 });
    const ecs = new ECSClient(awsClientConfig('us-east-1', 'smoke-test', 2));
    try {
      await expect(ecs.send(new DescribeClustersCommand({ clusters: ['default'] }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 500, attempts: 2 } });
    } finally {
      ecs.destroy();
    }
  });
});

describe('awsClientConfig behind a proxy', () => {
  let sim: Simulator;
  let proxy: ForwardProxy;
  let restore: () => void;

  beforeAll(async () => {
    [sim, proxy] = await Promise.all([startSimulator({ clockSpeed: 0 }), ForwardProxy.start()]);
    restore = useSimulatorEnv(sim);
  });
  afterAll(async () => {
    restore();
    await Promise.all([sim.stop(), proxy.stop()]);
  });

  async function describeClusters(env: Record<string, string | undefined>): Promise<void> {
    const ecs = new ECSClient(awsClientConfig('us-east-1', 'smoke-test', 1, env));
    try {
      const out = await ecs.send(new DescribeClustersCommand({ clusters: ['default'] }));
      expect(out.clusters?.[0]?.clusterName).toBe('default');
    } finally {
      ecs.destroy();
    }
  }

  it('keeps the SDK\'s own request handler when no proxy is set', () => {
    expect(awsClientConfig('us-east-1', 'smoke-test', 1, { NO_PROXY: '*' }).requestHandler).toBeUndefined();
  });

  it('sends an AWS call to an http:// endpoint through HTTP_PROXY', async () => {
    const before = proxy.calls.length;
    await describeClusters({ HTTP_PROXY: proxy.url() });
    expect(proxy.calls.slice(before).map((c) => [c.kind, c.target, c.status])).toEqual([['forward', `${sim.endpoint}/`, 200]]);
    expect(sim.control.calls({ operation: 'DescribeClusters' }).at(-1)?.userAgent).toContain('platform-actions/smoke-test');
  });

  it('goes straight to an endpoint NO_PROXY names', async () => {
    const before = proxy.calls.length;
    await describeClusters({ http_proxy: proxy.url(), no_proxy: `localhost,${new URL(sim.endpoint).host}` });
    expect(proxy.calls.length).toBe(before);
  });

  it('fails the call, not the process, when the proxy refuses it', async () => {
    const refusing = await ForwardProxy.start('runner:pw');
    try {
      await expect(describeClusters({ HTTP_PROXY: refusing.url() })).rejects.toMatchObject({ $metadata: { httpStatusCode: 407 } });
      expect(refusing.calls.map((c) => c.status)).toEqual([407]);
    } finally {
      await refusing.stop();
    }
  });
});
