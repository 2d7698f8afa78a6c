/**
 * The modules only some paths need, loaded when a path needs them: a rolling deploy of a JSON task definition never
 * loads the YAML parser or the CodeDeploy, EventBridge and Scheduler clients. The bundler puts each dynamic import in
 * its own chunk beside dist/index.js, which keeps the entry file small and its start fast. Every lazy import of this
 * action goes through here, so a bundler change has one place to look at.
 */

export const loadYaml = () => import('yaml');
export const loadCodeDeploy = () => import('@aws-sdk/client-codedeploy');
export const loadEventBridge = () => import('@aws-sdk/client-eventbridge');
export const loadScheduler = () => import('@aws-sdk/client-scheduler');
