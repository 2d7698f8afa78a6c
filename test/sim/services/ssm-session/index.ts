import type { SimulatorControl } from '../../control/control-api.js';
import type { ExecSessionSettings, ExecSessionView } from './broker.js';

export { ExecSessionBroker, type ExecSessionSettings, type ExecSessionView } from './broker.js';
export { attachSsmSessionServer, REFUSED_CLOSE_CODE } from './server.js';

/** Typed access to the `ssm-session` service control that the simulator registers. */
export function execSessionControl(control: SimulatorControl): {
  sessions(): ExecSessionView[];
  settings(settings: Partial<ExecSessionSettings>): ExecSessionSettings;
} {
  const actions = control.service('ssm-session')?.httpActions;
  if (!actions?.sessions || !actions.settings) throw new Error('this simulator has no ssm-session control');
  const { sessions, settings } = actions;
  return {
    sessions: () => (sessions(undefined) as { sessions: ExecSessionView[] }).sessions,
    settings: (input) => (settings(input) as { settings: ExecSessionSettings }).settings,
  };
}
