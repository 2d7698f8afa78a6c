// Runs a JavaScript action's committed dist the way the GitHub Actions runner does.
export { runAction, startAction, runPost, startPost } from './run-action.js';
export { createJob, disposeAllJobs, type CreateJobOptions, type RunnerJob } from './runner-job.js';
export { resolveNode24, defaultNodeBinary, nodeVersionOf } from './node-binary.js';
export { loadActionManifest, inputEnvName, resolveInputs, type ActionManifest, type ActionInputSpec } from './action-manifest.js';
export { parseKeyValueFile, parsePathFile, STEP_SUMMARY_LIMIT_BYTES } from './file-commands.js';
export { parseWorkflowCommand, unescapeCommandData, unescapeCommandProperty } from './workflow-commands.js';
export { maskSecrets } from './secret-masker.js';
export { resolveContext, type RunnerContext } from './runner-context.js';
export {
  RUNNER_CANCEL_TIMINGS,
  type ActionResult,
  type Annotation,
  type AnnotationLevel,
  type CancelTimings,
  type LogGroup,
  type RunActionOptions,
  type RunningAction,
  type SignalRecord,
  type StepConclusion,
  type WorkflowCommandRecord,
} from './types.js';
