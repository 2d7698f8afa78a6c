import type { CallFilter, CallRecorder, RecordedCall } from '../core/calls.js';
import type { SimClock } from '../core/clock.js';
import type { FaultInjector, FaultSpec, FaultState } from '../core/faults.js';
import type { ServiceControl } from '../core/service-module.js';
import type { CloudFrontControl } from '../services/cloudfront.js';
import type { CodeDeployControl } from '../services/codedeploy/index.js';
import type { EventsControl } from '../services/events.js';
import type { SchedulerControl } from '../services/scheduler.js';
import type { EcsControl } from '../services/ecs/index.js';
import type { LogsControl } from '../services/logs/index.js';

export interface ClockControl {
  /** Sim time, epoch ms. */
  now(): number;
  speed(): number;
  setSpeed(speed: number): void;
  /** Moves sim time forward; returns the new now(). */
  advance(ms: number): number;
}

export interface FaultControl {
  add(spec: FaultSpec): string;
  remove(id: string): boolean;
  clear(): void;
  list(): FaultState[];
}

/** What a test drives the simulator with, in-process. Mirrored over HTTP under /__sim/. */
export interface SimulatorControl {
  clock: ClockControl;
  faults: FaultControl;
  calls(filter?: CallFilter): RecordedCall[];
  /** Forgets all service state, recorded calls and faults; the clock keeps its time. */
  reset(): void;
  ecs: EcsControl;
  logs: LogsControl;
  cloudfront: CloudFrontControl;
  codedeploy: CodeDeployControl;
  events: EventsControl;
  scheduler: SchedulerControl;
  /** Extension point: the control hooks of any registered service by short name. */
  service(name: string): ServiceControl | undefined;
  /**
   * In-process only (not mirrored over HTTP): runs one operation of an awsJson1.1 service (`ecs`, `logs`,
   * `codedeploy`, `events`, `ecr`) as a request from the simulator's environment keys would, faults and call record
   * included, without HTTP or an SDK client. Resolves to the wire JSON (timestamps in epoch seconds); rejects with
   * the service's SimError. For fixtures that set state up: it costs a fraction of an SDK call's CPU.
   */
  invoke(service: string, operation: string, input?: Record<string, unknown>): Promise<unknown>;
}

export function createControl(parts: {
  clock: SimClock;
  faults: FaultInjector;
  calls: CallRecorder;
  ecs: EcsControl;
  logs: LogsControl;
  cloudfront: CloudFrontControl;
  codedeploy: CodeDeployControl;
  events: EventsControl;
  scheduler: SchedulerControl;
  services: Map<string, ServiceControl>;
  invoke: SimulatorControl['invoke'];
}): SimulatorControl {
  const { clock, faults, calls, services } = parts;
  return {
    clock: {
      now: () => clock.now(),
      speed: () => clock.speed,
      setSpeed: (speed) => clock.setSpeed(speed),
      advance: (ms) => clock.advance(ms),
    },
    faults: {
      add: (spec) => faults.add(spec),
      remove: (id) => faults.remove(id),
      clear: () => faults.clear(),
      list: () => faults.list(),
    },
    calls: (filter) => calls.list(filter),
    reset: () => {
      calls.clear();
      faults.clear();
      for (const service of services.values()) service.reset();
    },
    ecs: parts.ecs,
    logs: parts.logs,
    cloudfront: parts.cloudfront,
    codedeploy: parts.codedeploy,
    events: parts.events,
    scheduler: parts.scheduler,
    service: (name) => services.get(name),
    invoke: parts.invoke,
  };
}
