/**
 * ECS Exec does not report the command's exit code (aws/amazon-ecs-agent#2846, aws/session-manager-plugin#59), so
 * the command is wrapped to print a sentinel line carrying `$?` once it finishes, and the output stream is scanned
 * for it. The sentinel line is `@@EXEC_STATUS <nonce> <status>@@`; the command line only ever contains it in
 * pieces joined by printf at run time, so an echo of the command line (shell tracing, an error message quoting
 * it) can never be taken for the verdict, and the nonce keeps an earlier session's output from matching.
 */

const HEAD = '@@EXEC';
const TAIL = '_STATUS';
const NONCE = /^[A-Za-z0-9-]{8,64}$/;

/** Single-quotes a word for POSIX sh. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The ExecuteCommand `command`: `/bin/sh -c '<script>'`, the script running the user's command (an array is run
 * as exec-form words, a string through its own `sh -c`) and then printing the sentinel with its exit status.
 * ExecuteCommand runs its command without a shell, so the shell is spelled out.
 */
export function execCommandLine(command: string[] | string, nonce: string): string {
  if (!NONCE.test(nonce)) throw new TypeError(`nonce must be 8-64 letters, digits or '-', got "${nonce}"`);
  if (typeof command === 'string' ? command.trim() === '' : command.length === 0) throw new TypeError('the command is empty');
  const user = typeof command === 'string' ? `/bin/sh -c ${shellQuote(command)}` : command.map(shellQuote).join(' ');
  const script = `${user}\ns=$?\nprintf '%s%s %s %s@@\\n' '${HEAD}' '${TAIL}' '${nonce}' "$s"`;
  return `/bin/sh -c ${shellQuote(script)}`;
}

export function sentinelPattern(nonce: string): RegExp {
  return new RegExp(`${HEAD}${TAIL} ${nonce} (\\d{1,3})@@`);
}

export interface ScanResult {
  /** Complete user-visible lines, in order. */
  lines: string[];
  /** Set once the sentinel has been seen. */
  exitCode?: number;
}

/**
 * Splits streamed output into lines (\r\n or \n), strips carriage returns the way a terminal shows them (a line
 * rewritten after a bare \r keeps its last version), removes the sentinel and extracts the status. Input is
 * bytes: UTF-8 sequences and the sentinel may both arrive split across messages.
 */
export class SentinelScanner {
  private readonly decoder = new TextDecoder();
  private readonly pattern: RegExp;
  private partial = '';
  private status: number | undefined;

  constructor(nonce: string) {
    this.pattern = sentinelPattern(nonce);
  }

  get exitCode(): number | undefined {
    return this.status;
  }

  push(chunk: Uint8Array | string): ScanResult {
    this.partial += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    const pieces = this.partial.split('\n');
    this.partial = pieces.pop() ?? '';
    return this.take(pieces);
  }

  /** End of stream: the last line even without its newline. */
  flush(): ScanResult {
    const rest = this.partial + this.decoder.decode();
    this.partial = '';
    return this.take(rest === '' ? [] : [rest]);
  }

  private take(rawLines: string[]): ScanResult {
    const lines: string[] = [];
    for (const raw of rawLines) {
      // Output after the sentinel belongs to nobody's command (the wrapper ends right after printing it).
      if (this.status !== undefined) break;
      const line = terminalLine(raw);
      const match = this.pattern.exec(line);
      if (match) {
        this.status = Number(match[1]);
        // The command's last line may lack a newline, so the sentinel can share its line.
        const before = line.slice(0, match.index);
        if (before !== '') lines.push(before);
        continue;
      }
      lines.push(line);
    }
    return this.status === undefined ? { lines } : { lines, exitCode: this.status };
  }
}

function terminalLine(raw: string): string {
  const trimmed = raw.replace(/\r+$/, '');
  const lastReturn = trimmed.lastIndexOf('\r');
  return lastReturn === -1 ? trimmed : trimmed.slice(lastReturn + 1);
}
