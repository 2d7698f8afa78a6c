import type { CallFilter, RecordedCall } from '../core/calls.js';
import type { FaultSpec, FaultState } from '../core/faults.js';

/** Drives a simulator in another process through its /__sim/ HTTP API. */
export interface RemoteSimulatorControl {
  calls(filter?: CallFilter): Promise<RecordedCall[]>;
  addFault(spec: FaultSpec): Promise<string>;
  listFaults(): Promise<FaultState[]>;
  clearFaults(): Promise<void>;
  now(): Promise<number>;
  advance(ms: number): Promise<number>;
  setSpeed(speed: number): Promise<void>;
  reset(): Promise<void>;
  /** POST /__sim/<service>/<action>, e.g. ("ecs", "scenario", {timings: {...}}). */
  serviceAction(service: string, action: string, body?: unknown): Promise<unknown>;
}

export function connectToSimulator(endpoint: string): RemoteSimulatorControl {
  const call = async (method: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
    const response = await fetch(new URL(`/__sim/${path}`, endpoint), {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const payload = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`simulator control ${method} /__sim/${path} failed (${response.status}): ${String(payload.error)}`);
    return payload;
  };
  return {
    calls: async (filter = {}) => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(filter)) if (value !== undefined) query.set(key, String(value));
      return (await call('GET', `calls?${query.toString()}`)).calls as RecordedCall[];
    },
    addFault: async (spec) => (await call('POST', 'faults', spec)).id as string,
    listFaults: async () => (await call('GET', 'faults')).faults as FaultState[],
    clearFaults: async () => {
      await call('DELETE', 'faults');
    },
    now: async () => (await call('GET', 'clock')).now as number,
    advance: async (ms) => (await call('POST', 'clock', { advanceMs: ms })).now as number,
    setSpeed: async (speed) => {
      await call('POST', 'clock', { speed });
    },
    reset: async () => {
      await call('POST', 'reset');
    },
    serviceAction: (service, action, body) => call('POST', `${service}/${action}`, body ?? {}),
  };
}
