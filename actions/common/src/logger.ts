/**
 * What shared code may say to the job log. Actions pass an implementation backed by core.ts (the runner protocol);
 * tests pass a recording one. Shared code never imports core.ts (or @actions/core) itself.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}

export interface RecordedLine {
  level: 'info' | 'warning' | 'error' | 'debug';
  message: string;
}

/** A Logger that keeps every line, for tests. */
export class MemoryLogger implements Logger {
  readonly lines: RecordedLine[] = [];

  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }

  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }

  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }

  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }

  text(level?: RecordedLine['level']): string {
    return this.lines.filter((l) => !level || l.level === level).map((l) => l.message).join('\n');
  }
}
