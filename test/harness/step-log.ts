import { isAbsolute, relative, sep } from 'node:path';

import { maskSecrets } from './secret-masker.js';
import type { Annotation, AnnotationLevel, LogGroup, WorkflowCommandRecord } from './types.js';
import { commandProperty, parseLegacyWorkflowCommand, parseWorkflowCommand, type ParsedCommand } from './workflow-commands.js';

// Turns the action's stdout/stderr lines into what the runner makes of them, in arrival order:
// commands processed (both streams carry commands), masks applied from the moment `add-mask`
// is seen (so a secret printed earlier stays readable, as on GitHub), and the log as shown.

interface LogEntry {
  readonly text: string;
  readonly debugOnly: boolean;
}

function integerProperty(properties: Readonly<Record<string, string>>, key: string): number | undefined {
  const value = commandProperty(properties, key);
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

export class StepLog {
  readonly commands: WorkflowCommandRecord[] = [];
  readonly annotations: Annotation[] = [];
  readonly masks: string[] = [];
  readonly debug: string[] = [];
  readonly groups: Array<{ name: string; lines: string[] }> = [];
  /** Values from the deprecated `::set-output` / `::save-state` commands (files override them). */
  readonly legacyOutputs: Record<string, string> = {};
  readonly legacyState: Record<string, string> = {};
  /** Command failures; the runner fails the step for each. */
  readonly commandErrors: string[] = [];

  private readonly entries: LogEntry[] = [];
  private echo: boolean;
  private stopToken: string | undefined;
  private openGroup: { name: string; lines: string[] } | undefined;

  constructor(
    private readonly workspace: string,
    private readonly showDebug: boolean,
  ) {
    // With step debug logging on, the runner echoes commands as well.
    this.echo = showDebug;
  }

  line(stream: 'stdout' | 'stderr', raw: string): void {
    const extra = this.stopToken === undefined ? new Set<string>() : new Set([this.stopToken]);
    // The runner tries the `::` syntax first, then the legacy `##[` one (ActionCommandManager.TryProcessCommand).
    const command = parseWorkflowCommand(raw, extra) ?? parseLegacyWorkflowCommand(raw, extra);
    if (!command) return this.print(raw);

    if (this.stopToken !== undefined) {
      if (command.name !== this.stopToken.toLowerCase()) return this.print(raw);
      this.stopToken = undefined;
      return this.print(raw);
    }
    this.commands.push({ ...command, stream, raw });
    this.apply(command, raw);
  }

  /** An annotation the runner itself raises (bad input names, failed commands, file errors). */
  runnerAnnotation(level: AnnotationLevel, message: string): void {
    this.annotations.push({ level, message, origin: 'runner' });
    this.print(`##[${level}]${message}`);
  }

  render(includeDebug: boolean): string {
    return this.entries
      .filter((entry) => includeDebug || !entry.debugOnly)
      .map((entry) => entry.text)
      .join('\n');
  }

  finalGroups(): LogGroup[] {
    return this.groups.map((group) => ({ name: group.name, lines: [...group.lines] }));
  }

  private print(text: string, debugOnly = false): void {
    const shown = maskSecrets(text, this.masks);
    this.entries.push({ text: shown, debugOnly });
    if (this.openGroup && (!debugOnly || this.showDebug)) this.openGroup.lines.push(shown);
  }

  private echoCommand(raw: string): void {
    if (this.echo) this.print(raw);
  }

  private fail(raw: string, message: string): void {
    this.commandErrors.push(message);
    this.runnerAnnotation('error', `Unable to process command '${raw}' successfully.`);
    this.runnerAnnotation('error', message);
  }

  private apply(command: ParsedCommand, raw: string): void {
    const { name, properties, data } = command;
    switch (name) {
      case 'add-mask':
        if (data.trim() === '') {
          this.runnerAnnotation('warning', 'add-mask was given an empty value; nothing was masked.');
        } else {
          if (this.echo) this.print('::add-mask::***');
          this.masks.push(data);
        }
        return;
      case 'debug':
        this.debug.push(data);
        this.print(`##[debug]${data}`, !this.showDebug);
        return;
      case 'error':
      case 'warning':
      case 'notice':
        this.annotate(name, properties, data);
        return;
      case 'group':
        this.echoCommand(raw);
        this.print(`##[group]${data}`);
        this.openGroup = { name: data, lines: [] };
        this.groups.push(this.openGroup);
        return;
      case 'endgroup':
        this.echoCommand(raw);
        this.openGroup = undefined;
        this.print('##[endgroup]');
        return;
      case 'stop-commands':
        this.print(raw);
        this.stopToken = data;
        return;
      case 'echo':
        this.echoCommand(raw);
        if (/^on$/i.test(data.trim())) this.echo = true;
        else if (/^off$/i.test(data.trim())) this.echo = false;
        else this.fail(raw, `Invalid echo value '${data}': expected 'on' or 'off'.`);
        return;
      case 'set-output':
      case 'save-state': {
        this.echoCommand(raw);
        const key = commandProperty(properties, 'name');
        if (!key) return this.fail(raw, `Required property 'name' is missing in ::${name}::.`);
        (name === 'set-output' ? this.legacyOutputs : this.legacyState)[key] = data;
        return;
      }
      case 'set-env':
      case 'add-path':
        // Disabled on GitHub since 2020 unless ACTIONS_ALLOW_UNSECURE_COMMANDS is set.
        this.echoCommand(raw);
        this.fail(raw, `The '${name}' command is disabled; write to ${name === 'set-env' ? 'GITHUB_ENV' : 'GITHUB_PATH'} instead.`);
        return;
      default:
        // add-matcher / remove-matcher: problem matchers are not reproduced.
        this.echoCommand(raw);
    }
  }

  private annotate(level: AnnotationLevel, properties: Readonly<Record<string, string>>, message: string): void {
    let file = commandProperty(properties, 'file');
    if (file && isAbsolute(file)) {
      const inside = relative(this.workspace, file);
      if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) file = inside.split(sep).join('/');
    }
    const optional = {
      title: commandProperty(properties, 'title'),
      file,
      line: integerProperty(properties, 'line'),
      endLine: integerProperty(properties, 'endLine'),
      col: integerProperty(properties, 'col'),
      endColumn: integerProperty(properties, 'endColumn'),
    };
    const present = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined));
    const annotation: Annotation = { level, message, origin: 'action', ...present };
    this.annotations.push(annotation);
    this.print(`##[${level}]${message}`);
  }
}
