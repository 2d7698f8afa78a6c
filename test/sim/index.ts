export { startSimulator, type Simulator, type SimulatorOptions } from './simulator.js';
export type { SimulatorControl, ClockControl, FaultControl } from './control/control-api.js';
export { connectToSimulator, type RemoteSimulatorControl } from './control/remote-control.js';
export type { RecordedCall, CallFilter } from './core/calls.js';
export type { FaultSpec, FaultKind, FaultState } from './core/faults.js';
export { SimError } from './core/errors.js';
export type { ServiceModule, JsonServiceModule, RestXmlServiceModule, RequestContext, ServiceControl } from './core/service-module.js';
export type {
  EcsControl, EcsScenarioInput, HookRule, PlanRequest, PlannedFailure, RolloutPolicy, ScenarioTarget, Scheduler, TaskOutcomeKind,
  TaskOutcomeRule, TaskPlan, TaskTimings,
} from './services/ecs/index.js';
export { applyCircuitBreaker, circuitBreakerThreshold, planFromRule, rollingUpdatePolicy, reconcileRollingUpdate } from './services/ecs/index.js';
export type { LogsControl } from './services/logs/index.js';
export type { CloudFrontControl } from './services/cloudfront.js';
export type { EcrControl, RegistryConnection } from './services/ecr/index.js';
