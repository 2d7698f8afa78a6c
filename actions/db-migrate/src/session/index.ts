import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../../../common/src/clock.js';
import { CLIENT_VERSION, DataChannel, type ChannelStats, type ChannelStep } from './channel.js';
import { openDataChannelFrame, PayloadType } from './protocol.js';
import { SentinelScanner } from './sentinel.js';

export { execCommandLine, SentinelScanner } from './sentinel.js';
export { CLIENT_VERSION, TERMINAL_SIZE } from './channel.js';

/** The part of the WHATWG WebSocket that is used: Node 24's global WebSocket, or the `ws` package's. */
export interface WebSocketLike {
  binaryType: string;
  send(data: string | Uint8Array): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: never) => void): void;
}
export type WebSocketConstructorLike = new (url: string) => WebSocketLike;

export interface ExecSessionResult {
  /** The command's exit status from the sentinel; undefined when the sentinel never arrived. */
  exitCode: number | undefined;
  closedBy: 'sentinel' | 'channel-closed' | 'aborted' | 'error';
  detail?: string;
}

export interface ExecSessionOptions {
  streamUrl: string;
  tokenValue: string;
  /** The nonce given to execCommandLine for this session's command. */
  nonce: string;
  /** User-visible output lines: sentinel removed, \r stripped. */
  onOutput: (line: string) => void;
  signal?: AbortSignal;
  /** Default: globalThis.WebSocket (Node 22+). */
  webSocket?: WebSocketConstructorLike;
  /** Interval of the keep-alive size message [60000]; 0 disables it. */
  keepAliveMs?: number;
  /** Bound on the websocket handshake [30000]. */
  connectTimeoutMs?: number;
  /** After the sentinel, how long to wait for the agent to close the channel before closing it ourselves [2000]. */
  closeGraceMs?: number;
  clock?: Clock;
  /** Receives the channel counters when the session ends (diagnostics). */
  onStats?: (stats: ChannelStats) => void;
}

const DEFAULT_KEEP_ALIVE_MS = 60_000;
const DEFAULT_CONNECT_TIMEOUT_MS = 30_000;
const DEFAULT_CLOSE_GRACE_MS = 2_000;
/** Ctrl-C as a terminal sends it: under the agent's pty it interrupts the foreground command. */
const INTERRUPT = new Uint8Array([0x03]);

/**
 * Runs one ECS Exec session to its verdict. Resolves (never rejects for session trouble) when the sentinel
 * arrives, when the agent closes the channel, on abort, or on a connection failure; the socket is closed in
 * every case.
 *
 * Keep-alive: Session Manager ends a session after 20 idle minutes, and ECS Exec does not let that be changed
 * (the ECS Exec docs, quoted in yukiarrr/ecsk#23). A migration can run quietly for longer, so the client sends
 * its terminal size again every keepAliveMs: it is input_stream_data (client activity) yet writes nothing to
 * the command's stdin, unlike a keystroke, and re-sending an unchanged size does not even raise SIGWINCH.
 * WebSocket pings are not an option: the WHATWG WebSocket API cannot send them.
 */
export function runExecSession(options: ExecSessionOptions): Promise<ExecSessionResult> {
  const Socket = options.webSocket ?? (globalThis as { WebSocket?: WebSocketConstructorLike }).WebSocket;
  if (!Socket) return Promise.resolve({ exitCode: undefined, closedBy: 'error', detail: 'no WebSocket implementation (Node 22+ or the ws package)' });
  const clock = options.clock ?? systemClock;
  const scanner = new SentinelScanner(options.nonce);
  const channel = new DataChannel(randomUUID, () => clock.now());
  const timers = new AbortController();

  return new Promise<ExecSessionResult>((resolve) => {
    let settled = false;
    let opened = false;
    let socket: WebSocketLike;

    const finish = (result: ExecSessionResult, beforeClose?: Uint8Array[]): void => {
      if (settled) return;
      settled = true;
      timers.abort();
      options.signal?.removeEventListener('abort', onAbort);
      try {
        for (const frame of beforeClose ?? []) socket.send(frame);
        socket.close(1000, 'done');
      } catch {
        // Already closing or closed: nothing left to release.
      }
      options.onStats?.({ ...channel.stats });
      resolve(result);
    };
    const emit = (lines: string[]): void => {
      for (const line of lines) options.onOutput(line);
    };
    // After the sentinel the verdict is known; the agent's channel_closed (the wrapper exiting) is awaited for a
    // moment so the session ends cleanly instead of being cut while the shell returns.
    let verdict: ExecSessionResult | undefined;
    const settle = (result: ExecSessionResult): void => {
      if (verdict) return;
      verdict = result;
      void clock.sleep(options.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS, timers.signal).then(() => finish(result));
    };
    const apply = (step: ChannelStep): void => {
      for (const frame of step.send) socket.send(frame);
      for (const chunk of step.output) {
        const scan = scanner.push(chunk);
        emit(scan.lines);
        if (scan.exitCode !== undefined) settle({ exitCode: scan.exitCode, closedBy: 'sentinel' });
      }
      if (step.closed) {
        if (verdict) return finish(verdict);
        const rest = scanner.flush();
        emit(rest.lines);
        const exitCode = rest.exitCode;
        finish({
          exitCode, closedBy: exitCode === undefined ? 'channel-closed' : 'sentinel',
          detail: step.closed.detail === '' ? undefined : step.closed.detail,
        });
      }
    };
    function onAbort(): void {
      if (verdict) return finish(verdict);
      const interrupt = opened ? channel.input(PayloadType.Output, INTERRUPT).send : [];
      finish({ exitCode: undefined, closedBy: 'aborted', detail: reasonText(options.signal?.reason) }, interrupt);
    }

    try {
      socket = new Socket(options.streamUrl);
      socket.binaryType = 'arraybuffer';
    } catch (error) {
      resolve({ exitCode: undefined, closedBy: 'error', detail: `could not open ${options.streamUrl}: ${reasonText(error)}` });
      return;
    }
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    void clock.sleep(connectTimeoutMs, timers.signal).then(() => {
      if (!opened && !timers.signal.aborted) finish({ exitCode: undefined, closedBy: 'error', detail: `the session's websocket did not open within ${connectTimeoutMs} ms` });
    });

    socket.addEventListener('open', () => {
      opened = true;
      socket.send(openDataChannelFrame({ tokenValue: options.tokenValue, requestId: randomUUID(), clientId: randomUUID(), clientVersion: CLIENT_VERSION }));
      void keepAlive(options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS);
    });
    socket.addEventListener('message', (event: { data: unknown }) => {
      if (settled) return;
      const bytes = binary(event.data);
      // The service sends nothing but binary agent messages after the opening text frame; text is ignored.
      if (bytes) apply(channel.receive(bytes));
    });
    socket.addEventListener('error', (event: { message?: string; error?: unknown }) => {
      if (verdict) return finish(verdict);
      finish({ exitCode: undefined, closedBy: 'error', detail: `websocket error: ${event.message ?? reasonText(event.error)}` });
    });
    socket.addEventListener('close', (event: { code?: number; reason?: string }) => {
      if (verdict) return finish(verdict);
      const rest = scanner.flush();
      emit(rest.lines);
      if (rest.exitCode !== undefined) return finish({ exitCode: rest.exitCode, closedBy: 'sentinel' });
      const why = `websocket closed (code ${event.code ?? '?'}${event.reason ? `: ${event.reason}` : ''}) before the command reported its exit status`;
      finish({ exitCode: undefined, closedBy: 'error', detail: opened ? why : `could not connect to ${redactedUrl(options.streamUrl)}: ${why}` });
    });

    async function keepAlive(intervalMs: number): Promise<void> {
      if (intervalMs <= 0) return;
      while (!timers.signal.aborted) {
        await clock.sleep(intervalMs, timers.signal);
        if (timers.signal.aborted) return;
        for (const frame of channel.sizeMessage().send) socket.send(frame);
        // A clock that does not really wait (tests) must still let socket events through.
        await new Promise((next) => setTimeout(next, 0));
      }
    }
  });
}

function binary(data: unknown): Uint8Array | undefined {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return undefined;
}

function reasonText(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return reason === undefined ? 'aborted' : String(reason);
}

/** The stream URL can carry routing parameters; only its origin and path are worth a log line. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return 'the stream URL';
  }
}
